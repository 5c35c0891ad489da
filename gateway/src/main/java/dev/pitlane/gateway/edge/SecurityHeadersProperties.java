package dev.pitlane.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * @param contentSecurityPolicy   for JSON APIs nothing needs to load, so nothing may
 * @param strictTransportSecurity sent only on https requests (browsers ignore it on http anyway)
 * @param cspExemptPaths          the Swagger UI pages, which run inline scripts and styles
 */
@ConfigurationProperties("pitlane.gateway.headers")
public record SecurityHeadersProperties(
        @DefaultValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
        String contentSecurityPolicy,
        @DefaultValue("max-age=31536000; includeSubDomains") String strictTransportSecurity,
        @DefaultValue({"/swagger-ui/**", "/swagger-ui.html", "/webjars/**"}) List<String> cspExemptPaths) {
}
