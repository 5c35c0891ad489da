package dev.pitlane.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The issuer's public keys, cached. Spring's remote JWK source fetches the set again for every token whose key
 * id it does not know; at the edge that lets anyone make the gateway hammer the issuer with made-up key ids.
 * Here an unknown key id triggers at most one fetch per {@code minRefetch}, concurrent fetches are shared, and
 * a stale set keeps serving while the issuer is briefly unreachable.
 */
final class JwksKeySource {

    private static final Logger log = LoggerFactory.getLogger(JwksKeySource.class);

    private final WebClient client;
    private final URI jwkSetUri;
    private final Duration timeout;
    private final Duration maxAge;
    private final Duration minRefetch;
    private final Clock clock;

    private volatile Snapshot current;
    private volatile Instant lastAttempt = Instant.EPOCH;
    private Mono<JWKSet> inFlight;

    JwksKeySource(WebClient client, URI jwkSetUri, Duration timeout, Duration maxAge, Duration minRefetch, Clock clock) {
        this.client = client;
        this.jwkSetUri = jwkSetUri;
        this.timeout = timeout;
        this.maxAge = maxAge;
        this.minRefetch = minRefetch;
        this.clock = clock;
    }

    /** The keys that may have signed {@code jwt}; empty when none match, which fails the signature check (401). */
    Flux<JWK> keysFor(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        Snapshot snapshot = current;
        if (snapshot == null) {
            return fetch().flatMapIterable(selector::select);
        }
        List<JWK> keys = selector.select(snapshot.keys());
        String keyId = jwt.getHeader().getKeyID();
        boolean unknownKey = keys.isEmpty() && keyId != null && snapshot.keys().getKeyByKeyId(keyId) == null;
        boolean stale = snapshot.fetchedAt().plus(maxAge).isBefore(clock.instant());
        if ((unknownKey || stale) && mayRefetch()) {
            return fetch().map(selector::select)
                    .onErrorResume(JwksUnavailableException.class, e -> {
                        log.warn("Keeping the cached JWK set: {}", e.getMessage());
                        return Mono.just(keys);
                    })
                    .flatMapIterable(list -> list);
        }
        return Flux.fromIterable(keys);
    }

    private boolean mayRefetch() {
        return lastAttempt.plus(minRefetch).isBefore(clock.instant());
    }

    /** One fetch at a time; callers arriving meanwhile share its result. */
    private synchronized Mono<JWKSet> fetch() {
        if (inFlight != null) {
            return inFlight;
        }
        lastAttempt = clock.instant();
        Mono<JWKSet> fetch = client.get().uri(jwkSetUri)
                .retrieve()
                .bodyToMono(String.class)
                // an empty answer is a failure too: a fetch that completed with nothing must not stay cached
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("The issuer answered an empty JWK set")))
                .timeout(timeout)
                .map(JwksKeySource::parse)
                .doOnNext(keys -> current = new Snapshot(keys, clock.instant()))
                .onErrorMap(e -> !(e instanceof JwksUnavailableException), e -> new JwksUnavailableException(jwkSetUri, e))
                // cleared before the result reaches anyone, so whoever acts on it next starts a fresh fetch
                .doOnEach(signal -> {
                    if (signal.isOnNext() || signal.isOnError()) {
                        clearInFlight();
                    }
                })
                // a fetch whose callers all went away is dropped too, never left as a result nobody will deliver
                .doOnCancel(this::clearInFlight)
                .cache();
        inFlight = fetch;
        return fetch;
    }

    private synchronized void clearInFlight() {
        inFlight = null;
    }

    private static JWKSet parse(String body) {
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWK set is not valid JSON: " + e.getMessage(), e);
        }
    }

    private record Snapshot(JWKSet keys, Instant fetchedAt) {
    }
}
