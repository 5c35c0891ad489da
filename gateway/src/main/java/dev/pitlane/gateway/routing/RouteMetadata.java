package dev.pitlane.gateway.routing;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

import java.util.Optional;

/**
 * What the gateway's own filters and error handler need to know about the route a request took. Kept as route
 * metadata so it travels with the route instead of being looked up again by path.
 */
public final class RouteMetadata {

    static final String SERVICE = "pitlane.service";
    static final String MAX_REQUEST_SIZE = "pitlane.max-request-size";

    private RouteMetadata() {
    }

    /** The service the request was routed to; empty before routing or when no route matched. */
    public static Optional<String> serviceOf(ServerWebExchange exchange) {
        return route(exchange).map(route -> (String) route.getMetadata().get(SERVICE));
    }

    /** The body limit of the route the request took, in bytes; empty when no route matched. */
    public static Optional<Long> maxRequestSizeOf(ServerWebExchange exchange) {
        return route(exchange).map(route -> route.getMetadata().get(MAX_REQUEST_SIZE))
                .map(value -> ((Number) value).longValue());
    }

    private static Optional<Route> route(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
    }
}
