package dev.pitlane.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Which browser origins may call the API. Environment: {@code PITLANE_GATEWAY_CORS_ALLOWED_ORIGINS} as a
 * comma-separated list; patterns such as {@code https://*.dealer.example} are allowed.
 *
 * @param allowCredentials lets the frontend send the refresh-token cookie, if auth-service sets one; safe
 *                         because origins are an explicit list
 */
@ConfigurationProperties("pitlane.gateway.cors")
public record CorsProperties(
        @DefaultValue({"http://localhost:3000", "http://localhost:5173"}) List<String> allowedOrigins,
        @DefaultValue({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) List<String> allowedMethods,
        @DefaultValue({"Authorization", "Content-Type", "Accept", "Accept-Language", "Idempotency-Key", "If-Match",
                "If-None-Match", "X-Requested-With", "traceparent", "tracestate"}) List<String> allowedHeaders,
        @DefaultValue({"Location", "ETag", "Content-Disposition", "Retry-After", "X-RateLimit-Limit",
                "X-RateLimit-Remaining", "traceparent"}) List<String> exposedHeaders,
        @DefaultValue("true") boolean allowCredentials,
        @DefaultValue("1h") Duration maxAge) {
}
