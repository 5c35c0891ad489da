package dev.pitlane.auth.keys.application;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.pitlane.auth.keys.domain.KeyRing;
import dev.pitlane.auth.keys.domain.SigningKey;
import dev.pitlane.platform.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The key ring this replica signs with and publishes. Each replica reloads it on a short interval, so a
 * rotation made on one replica (or a Secret changed under all of them) reaches every replica quickly; until it
 * does, the old key still signs, and its tokens stay valid because the old key stays published.
 */
@Service
public class KeyRingService {

    private static final Logger log = LoggerFactory.getLogger(KeyRingService.class);

    private final SigningKeyStore store;
    private final Clock clock;
    private volatile KeyRing ring;

    public KeyRingService(SigningKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public SigningKey signingKey() {
        return current().active();
    }

    /** The public keys of every token still alive, as the JWKS publishes them. */
    public JWKSet publicKeys() {
        List<com.nimbusds.jose.jwk.JWK> keys = current().publishedAt(clock.instant()).stream()
                .map(k -> (com.nimbusds.jose.jwk.JWK) new RSAKey.Builder(k.publicKey()).keyID(k.kid())
                        .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build())
                .toList();
        return new JWKSet(keys);
    }

    public List<SigningKey> keys() {
        return current().keys();
    }

    public SigningKey rotate() {
        if (!store.rotatable()) {
            throw DomainException.conflict("keys-managed-externally",
                    "Signing keys are read from files; rotate them by adding a new key file");
        }
        ring = store.rotate(clock.instant());
        log.info("Signing key rotated; new key {}", ring.active().kid());
        return ring.active();
    }

    /** Loads (on a fresh database: creates) the keys at startup, not at the first sign-in. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${pitlane.auth.keys.refresh-interval}",
            initialDelayString = "${pitlane.auth.keys.refresh-interval}")
    public void refresh() {
        try {
            ring = store.load(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not reload the signing keys; keeping the ones loaded before", e);
        }
    }

    @Scheduled(fixedDelayString = "${pitlane.auth.keys.rotation-check-interval}",
            initialDelayString = "${pitlane.auth.keys.rotation-check-interval}")
    public void rotateWhenDue() {
        if (store.rotatable()) {
            ring = store.rotateIfDue(clock.instant());
        }
    }

    private KeyRing current() {
        KeyRing current = ring;
        if (current == null) {
            synchronized (this) {
                if (ring == null) {
                    ring = store.load(clock.instant());
                }
                current = ring;
            }
        }
        return current;
    }
}
