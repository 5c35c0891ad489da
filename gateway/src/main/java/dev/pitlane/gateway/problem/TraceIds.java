package dev.pitlane.gateway.problem;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.MDC;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The trace id of the request, for the {@code traceId} field of a problem and for log lines. Read from the server
 * observation stored on the exchange rather than from a thread-local: on Netty the thread that writes an error is
 * rarely the one that started the span.
 */
public final class TraceIds {

    private static final String ATTRIBUTE = TraceIds.class.getName();
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String NO_TRACE = "00000000000000000000000000000000";

    private TraceIds() {
    }

    public static String of(ServerWebExchange exchange) {
        String cached = exchange.getAttribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String traceId = fromObservation(exchange);
        if (traceId == null) {
            traceId = fromTraceparent(exchange.getRequest().getHeaders().getFirst("traceparent"));
        }
        if (traceId == null) {
            // tracing switched off: still give the client something to quote that also shows in our log line
            byte[] random = new byte[16];
            ThreadLocalRandom.current().nextBytes(random);
            traceId = HexFormat.of().formatHex(random);
        }
        exchange.getAttributes().put(ATTRIBUTE, traceId);
        return traceId;
    }

    /**
     * Puts {@code traceId} and {@code spanId} in the MDC for a log line about this exchange. Reactor's automatic
     * thread-local propagation would do it for every line, at about a third more CPU per request, so the
     * gateway sets them where it logs instead ({@code spring.reactor.context-propagation: limited}).
     */
    public static LogScope inLogs(ServerWebExchange exchange) {
        String previousTrace = MDC.get("traceId");
        String previousSpan = MDC.get("spanId");
        MDC.put("traceId", of(exchange));
        span(exchange).map(span -> span.context().spanId()).ifPresent(spanId -> MDC.put("spanId", spanId));
        return () -> {
            restore("traceId", previousTrace);
            restore("spanId", previousSpan);
        };
    }

    /** A scope whose closing cannot fail, for try-with-resources without a catch. */
    public interface LogScope extends AutoCloseable {
        @Override
        void close();
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }

    private static String fromObservation(ServerWebExchange exchange) {
        return span(exchange)
                .map(Span::context)
                .map(context -> context.traceId())
                .filter(TraceIds::valid)
                .orElse(null);
    }

    private static Optional<Span> span(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan);
    }

    /** W3C {@code traceparent}: {@code version-traceid-parentid-flags}. */
    static String fromTraceparent(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.trim().split("-");
        return parts.length == 4 && valid(parts[1]) ? parts[1] : null;
    }

    private static boolean valid(String traceId) {
        return traceId != null && TRACE_ID.matcher(traceId).matches() && !NO_TRACE.equals(traceId);
    }
}
