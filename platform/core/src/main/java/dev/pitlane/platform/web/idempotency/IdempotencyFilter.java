package dev.pitlane.platform.web.idempotency;

import dev.pitlane.platform.security.ProblemResponseWriter;
import dev.pitlane.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} on a POST: the same key with the same request gives the same response and one effect; the
 * same key with another request is refused with 422.
 *
 * <p>The key is claimed before the handler runs, in a statement of its own, so a duplicate never runs the handler:
 * it waits for the first request to finish and replays its response, or gets 409
 * {@code idempotency-request-in-progress} (with {@code Retry-After}) if the first is still at work after
 * {@code pitlane.web.idempotency.wait}. No transaction is open around the handler: it runs its own (and may call
 * another service or a payment provider between them without holding a connection). A success (2xx) is stored
 * once the handler returns; an error response or an exception changes nothing (the house rule for errors), so the
 * key is released and a retry, or the corrected request, may use it again. A claim whose process died is taken
 * over by a retry once it is {@code pitlane.web.idempotency.abandoned-after} old.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Duration FIRST_POLL = Duration.ofMillis(10);
    private static final Duration LONGEST_POLL = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final ProblemResponseWriter problems;
    private final long maxBodyBytes;
    private final Duration wait;
    private final Duration abandonedAfter;

    public IdempotencyFilter(IdempotencyStore store, ProblemResponseWriter problems, long maxBodyBytes, Duration wait,
                             Duration abandonedAfter) {
        this.store = store;
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
        this.wait = wait;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null || isUpload(request);
    }

    /** An upload (an import file, up to tens of MB) is not held in memory here: its import job keeps the key. */
    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        Optional<UUID> org = TenantContext.organizationIdIfAny();
        if (org.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.of(request, maxBodyBytes);
        } catch (CachedBodyRequest.TooLarge e) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "The request body is larger than this endpoint accepts");
            return;
        }
        String hash = cached.fingerprint();
        long giveUpAt = System.nanoTime() + wait.toNanos();
        Duration poll = FIRST_POLL;
        while (true) {
            Optional<IdempotencyStore.Claim> claim = store.claim(org.get(), key, cached.getMethod(),
                    cached.getRequestURI(), hash);
            if (claim.isPresent()) {
                run(claim.get(), hash, cached, response, chain);
                return;
            }
            Optional<IdempotencyStore.Entry> entry = store.find(org.get(), key);
            if (entry.isEmpty()) {
                continue; // released between the claim and the look-up: claim it again
            }
            if (!entry.get().requestHash().equals(hash)) {
                problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                        "This Idempotency-Key was already used with a different request; use a new key");
                return;
            }
            if (entry.get().done()) {
                replay(entry.get().response(), response);
                return;
            }
            if (entry.get().claimedFor().compareTo(abandonedAfter) > 0) {
                claim = store.takeOverAbandoned(org.get(), key, hash, abandonedAfter);
                if (claim.isPresent()) {
                    log.warn("Idempotency-Key {} was claimed {} ago by a request that never finished; running its "
                            + "retry", key, entry.get().claimedFor());
                    run(claim.get(), hash, cached, response, chain);
                    return;
                }
                continue;
            }
            if (System.nanoTime() - giveUpAt >= 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problems.write(request, response, HttpStatus.CONFLICT, "idempotency-request-in-progress",
                        "A request with this Idempotency-Key is still being processed; retry shortly");
                return;
            }
            pause(poll);
            poll = poll.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : poll.multipliedBy(2);
        }
    }

    private void run(IdempotencyStore.Claim claim, String hash, CachedBodyRequest request,
                     HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(claim);
            throw e;
        }
        int status = buffered.getStatus();
        if (status >= 200 && status < 300) {
            boolean stored = store.complete(claim, new StoredResponse(hash, status, buffered.getContentType(),
                    buffered.getHeader("Location"), buffered.getContentAsByteArray()));
            if (!stored) {
                log.warn("Idempotency-Key {} was taken over while its request ran; the retry's response stands",
                        claim.key());
            }
        } else {
            store.release(claim);
        }
        buffered.copyBodyToResponse();
    }

    private static void pause(Duration poll) throws ServletException {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for a request with the same Idempotency-Key", e);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }
}
