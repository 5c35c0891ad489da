package dev.pitlane.gateway.routing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends the gateway's own span (the one of the request it is serving) to the service as the W3C
 * {@code traceparent}, so the service's span is its child and one trace runs from the caller through the gateway
 * to the service. It replaces Spring Cloud Gateway's client observation, which opened a second span and timer per
 * proxied call — a fifth of the gateway's CPU per request for timings the route metrics already have.
 */
final class TraceContextForwarding implements HttpHeadersFilter {

    private final Propagator propagator;

    TraceContextForwarding(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .orElse(null);
        if (span == null) {
            return input;
        }
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.putAll(input);
        // the caller's own traceparent names the caller's span; the service's parent is the gateway's
        propagator.fields().forEach(forwarded::remove);
        propagator.inject(span.context(), forwarded, HttpHeaders::set);
        return forwarded;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }
}
