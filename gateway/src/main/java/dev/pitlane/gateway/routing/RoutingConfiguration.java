package dev.pitlane.gateway.routing;

import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns the service table into gateway routes: for each service one route for the paths it owns and one that
 * serves its OpenAPI document at {@code /v3/api-docs/<service>}. Adding a service is a few lines of YAML.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /**
     * Runs after the gateway's own rate limit and body size filters (orders 10 and 20) so that a rejected
     * request is never counted as a failure of the service.
     */
    static final int CIRCUIT_BREAKER_ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    ServiceTable serviceTable(ServiceTableProperties properties, Environment environment) {
        ServiceTable table = ServiceTable.from(properties, environment);
        table.services().forEach(s -> log.info("Route {} -> {} {}", s.name(), s.target(), s.paths()));
        return table;
    }

    @Bean
    TraceContextForwarding traceContextForwarding(ObjectProvider<Propagator> propagator) {
        return new TraceContextForwarding(propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceTable table,
                               SpringCloudCircuitBreakerFilterFactory circuitBreakers) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (ServiceRoute service : table.services()) {
            Map<String, Object> metadata = metadata(service);
            routes.route(service.name(), r -> r.path(service.paths().toArray(String[]::new))
                    .filters(f -> guarded(f, service, circuitBreakers))
                    .metadata(metadata)
                    .uri(service.target()));
            routes.route(service.name() + "-api-docs", r -> r.path(service.gatewayApiDocsPath())
                    .filters(f -> guarded(f.setPath(service.apiDocsPath()), service, circuitBreakers))
                    .metadata(metadata)
                    .uri(service.target()));
        }
        return routes.build();
    }

    /** One circuit breaker per service, shared by its routes: a service is down for its docs as for its API. */
    private static GatewayFilterSpec guarded(GatewayFilterSpec filters, ServiceRoute service,
                                             SpringCloudCircuitBreakerFilterFactory circuitBreakers) {
        GatewayFilter breaker = circuitBreakers.apply(service.name(), config -> config.setName(service.name()));
        return filters.filter(breaker, CIRCUIT_BREAKER_ORDER);
    }

    private static Map<String, Object> metadata(ServiceRoute service) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(RouteMetadata.SERVICE, service.name());
        metadata.put(RouteMetadata.MAX_REQUEST_SIZE, service.maxRequestSizeBytes());
        if (service.responseTimeout() != null) {
            metadata.put(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, service.responseTimeout().toMillis());
        }
        return metadata;
    }
}
