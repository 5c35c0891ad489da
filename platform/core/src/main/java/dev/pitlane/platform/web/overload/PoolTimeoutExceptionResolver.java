package dev.pitlane.platform.web.overload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A handler that could not get a pooled connection in time answers 503 {@code overloaded}, ahead of the
 * platform's problem handler (which would call it an unexpected 500 and log its stack trace). Everything else is
 * left to the resolvers after it.
 */
final class PoolTimeoutExceptionResolver implements HandlerExceptionResolver, Ordered {

    private final OverloadedResponse overloaded;

    PoolTimeoutExceptionResolver(OverloadedResponse overloaded) {
        this.overloaded = overloaded;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!PoolTimeouts.causedBy(ex) || response.isCommitted()) {
            return null;
        }
        try {
            overloaded.poolTimeout(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** After Spring Boot's error attributes (which only note the exception), before everything else. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
