package dev.pitlane.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One service behind the gateway, resolved: its name, where it runs and what it owns.
 *
 * @param responseTimeout {@code null} when the gateway-wide default applies
 */
public record ServiceRoute(String name, URI target, List<String> paths, Duration responseTimeout,
                           long maxRequestSizeBytes, String apiDocsPath) {

    /** The gateway path under which the Swagger UI fetches this service's OpenAPI document. */
    public String gatewayApiDocsPath() {
        return "/v3/api-docs/" + name;
    }
}
