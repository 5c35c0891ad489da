package dev.pitlane.platform.web.overload;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limiter.AbstractLimiter;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Admits a request only while the service has fewer than its limit in flight; any other is answered 503
 * {@code overloaded} at once, before security or a handler spends anything on it. Virtual threads accept every
 * connection, so without this a burst waits in the connection pool's queue until each request times out.
 * Probes and metrics ({@code /actuator/**}) are never limited: a busy service is still alive and ready.
 * A request that timed out waiting for a pooled connection (in a filter, such as the idempotency claim, or in a
 * handler) is answered the same way, and tells the limiter its limit was too high.
 */
final class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private final AbstractLimiter<Void> limiter;
    private final OverloadedResponse overloaded;

    ConcurrencyLimitFilter(AbstractLimiter<Void> limiter, OverloadedResponse overloaded) {
        this.limiter = limiter;
        this.overloaded = overloaded;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Limiter.Listener> slot = limiter.acquire(null);
        if (slot.isEmpty()) {
            overloaded.atLimit(request, response, limiter.getLimit());
            return;
        }
        Limiter.Listener listener = slot.get();
        boolean async = false;
        try {
            chain.doFilter(request, response);
            async = request.isAsyncStarted();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!PoolTimeouts.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            overloaded.poolTimeout(request, response);
        } finally {
            if (async) {
                request.getAsyncContext().addListener(new ReleaseOnCompletion(listener, request));
            } else {
                release(listener, request);
            }
        }
    }

    private static void release(Limiter.Listener listener, HttpServletRequest request) {
        if (request.getAttribute(OverloadedResponse.SHED) != null) {
            listener.onDropped();
        } else {
            listener.onSuccess();
        }
    }

    /** A streamed or deferred response holds its slot until it is written. */
    private record ReleaseOnCompletion(Limiter.Listener listener, HttpServletRequest request) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            release(listener, request);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
