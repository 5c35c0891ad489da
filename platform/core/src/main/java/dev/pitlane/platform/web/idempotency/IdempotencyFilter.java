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
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} on a POST: the same key with the same body gives the same response and one effect; the
 * same key with another body is refused with 422.
 *
 * <p>The whole request runs in one database transaction together with the key's row: the handler's own
 * transaction joins it, so the effect and the stored response commit together or not at all. A concurrent retry
 * with the same key waits on a transaction-scoped advisory lock and then replays. A request that fails (4xx/5xx)
 * is rolled back and leaves no key, so the client may correct it and retry with the same key.
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
        Outcome outcome = transactions.execute(status -> {
            Optional<StoredResponse> previous = store.lockAndFind(org.get(), key);
            if (previous.isPresent()) {
                return previous.get().requestHash().equals(hash) ? Outcome.replay(previous.get())
                        : Outcome.MISMATCH;
            }
            try {
                chain.doFilter(cached, buffered);
            } catch (IOException | ServletException e) {
                throw new WrappedFailure(e);
            }
            if (buffered.getStatus() >= 200 && buffered.getStatus() < 300) {
                store.save(org.get(), key, cached.getMethod(), cached.getRequestURI(), hash,
                        new StoredResponse(hash, buffered.getStatus(), buffered.getContentType(),
                                buffered.getHeader("Location"), buffered.getContentAsByteArray()));
            } else {
                status.setRollbackOnly();
            }
            return Outcome.EXECUTED;
        });
        switch (outcome.kind) {
            case EXECUTED -> buffered.copyBodyToResponse();
            case MISMATCH -> problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request; use a new key");
            case REPLAY -> replay(outcome.stored, response);
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

    private record Outcome(Kind kind, StoredResponse stored) {
        static final Outcome EXECUTED = new Outcome(Kind.EXECUTED, null);
        static final Outcome MISMATCH = new Outcome(Kind.MISMATCH, null);

        static Outcome replay(StoredResponse stored) {
            return new Outcome(Kind.REPLAY, stored);
        }
    }

    private enum Kind { EXECUTED, MISMATCH, REPLAY }

    /** Carries a checked exception out of the transaction callback. */
    private static final class WrappedFailure extends RuntimeException {
        WrappedFailure(Exception cause) {
            super(cause);
        }
    }
}
