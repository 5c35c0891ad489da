package dev.pitlane.platform.web.idempotency;

import dev.pitlane.platform.security.ProblemResponseWriter;
import dev.pitlane.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} on a POST: the same key with the same body gives the same response and one effect; the
 * same key with another body is refused with 422.
 *
 * <p>The whole request runs in one database transaction together with the key's row: the handler's own
 * transaction joins it, so the effect and the stored response commit together or not at all. The key is locked (a
 * transaction-scoped advisory lock) and looked up in the transaction's first round trip, which the handler's
 * first {@link dev.pitlane.platform.persistence.OneRoundTrip} carries, so it costs none of its own; a handler
 * that makes no such round trip has it sent once it returns. A concurrent retry with the same key waits on the lock
 * and then replays; a retry whose handler ran before it found the key is rolled back and replays. A request that
 * fails (4xx/5xx) is rolled back and leaves no key, so the client may correct it and retry with the same key; a
 * failure of a retry whose first attempt succeeded (the row it creates exists, the stock it takes is gone) replays
 * the first response.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;
    private final ProblemResponseWriter problems;
    private final long maxBodyBytes;

    public IdempotencyFilter(IdempotencyStore store, TransactionTemplate transactions, ProblemResponseWriter problems,
                             long maxBodyBytes) {
        this.store = store;
        this.transactions = transactions;
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
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
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        Map<String, List<String>> headersBefore = new LinkedHashMap<>();
        response.getHeaderNames().forEach(name -> headersBefore.put(name, List.copyOf(response.getHeaders(name))));
        Outcome outcome = transactions.execute(status -> {
            IdempotencyStore.Lookup lookup = store.lockAndFindWithFirstRoundTrip(org.get(), key);
            try {
                chain.doFilter(cached, buffered);
            } catch (IOException | ServletException | RuntimeException e) {
                status.setRollbackOnly();
                return Outcome.failed(e);
            }
            boolean succeeded = buffered.getStatus() >= 200 && buffered.getStatus() < 300;
            if (!succeeded && !lookup.done()) {
                // the transaction may be aborted: look the key up in a new one
                status.setRollbackOnly();
                return Outcome.failed(null);
            }
            Optional<StoredResponse> previous = lookup.result();
            if (previous.isPresent()) {
                status.setRollbackOnly();
                return Outcome.of(previous.get(), hash);
            }
            if (succeeded) {
                store.save(org.get(), key, cached.getMethod(), cached.getRequestURI(), hash,
                        new StoredResponse(hash, buffered.getStatus(), buffered.getContentType(),
                                buffered.getHeader("Location"), buffered.getContentAsByteArray()));
            } else {
                status.setRollbackOnly();
            }
            return Outcome.EXECUTED;
        });
        if (outcome.kind == Kind.FAILED) {
            // a failure may be this request meeting its own earlier success (the row it created, the stock it took)
            Outcome earlier = transactions.execute(status -> store.lockAndFind(org.get(), key)
                    .map(previous -> Outcome.of(previous, hash)).orElse(null));
            if (earlier == null) {
                rethrow(outcome.failure);
                outcome = Outcome.EXECUTED;
            } else {
                outcome = earlier;
            }
        }
        if (outcome.kind != Kind.EXECUTED) {
            // the handler ran before the request turned out to be a repeat: only what was set before it stays
            response.reset();
            headersBefore.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        switch (outcome.kind) {
            case EXECUTED -> buffered.copyBodyToResponse();
            case MISMATCH -> problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request; use a new key");
            case REPLAY -> replay(outcome.stored, response);
            case FAILED -> throw new IllegalStateException("handled above");
        }
    }

    private static void rethrow(Exception failure) throws IOException, ServletException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof ServletException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
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

    private record Outcome(Kind kind, StoredResponse stored, Exception failure) {
        static final Outcome EXECUTED = new Outcome(Kind.EXECUTED, null, null);
        static final Outcome MISMATCH = new Outcome(Kind.MISMATCH, null, null);

        /** An earlier request's response: replayed when the bodies match. */
        static Outcome of(StoredResponse earlier, String hash) {
            return earlier.requestHash().equals(hash) ? new Outcome(Kind.REPLAY, earlier, null) : MISMATCH;
        }

        /** The handler failed (with {@code failure}, or with an error response when null). */
        static Outcome failed(Exception failure) {
            return new Outcome(Kind.FAILED, null, failure);
        }
    }

    private enum Kind { EXECUTED, MISMATCH, REPLAY, FAILED }
}
