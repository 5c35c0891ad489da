package dev.pitlane.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.MDC;

import java.util.concurrent.ThreadLocalRandom;

/** The trace id to show a caller, so a problem report can be found in the logs. */
public final class TraceIds {

    private static volatile Tracer tracer;

    private TraceIds() {
    }

    static void use(Tracer value) {
        tracer = value;
    }

    public static String current() {
        Tracer t = tracer;
        if (t != null) {
            Span span = t.currentSpan();
            if (span != null) {
                return span.context().traceId();
            }
        }
        String fromMdc = MDC.get("traceId");
        if (fromMdc != null && !fromMdc.isBlank()) {
            return fromMdc;
        }
        // no tracing in this thread: still give the caller something to quote that is unique
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%016x%016x", r.nextLong(), r.nextLong());
    }
}
