package dev.pitlane.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The route table as written in application.yml: which paths each service owns. Where a service runs is kept
 * apart, in {@code pitlane.gateway.targets.<service>}, because it changes per environment while the paths do not.
 *
 * @param services       service name → what it owns
 * @param maxRequestSize the largest request body accepted for any service that does not set its own
 */
@ConfigurationProperties("pitlane.gateway")
public record ServiceTableProperties(@DefaultValue Map<String, Service> services,
                                     @DefaultValue("10MB") DataSize maxRequestSize) {

    /**
     * @param paths           Spring path patterns owned by the service
     * @param responseTimeout how long to wait for the service's answer; the gateway-wide
     *                        {@code spring.cloud.gateway.server.webflux.httpclient.response-timeout} when absent
     * @param maxRequestSize  a larger or smaller body limit for this service only
     * @param apiDocs         where the service serves its OpenAPI document
     */
    public record Service(@DefaultValue List<String> paths, Duration responseTimeout, DataSize maxRequestSize,
                          @DefaultValue("/v3/api-docs") String apiDocs) {
    }
}
