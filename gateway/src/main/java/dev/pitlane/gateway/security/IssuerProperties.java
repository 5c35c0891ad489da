package dev.pitlane.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * The token issuer, under the same {@code pitlane.security.*} keys the services use, so one ConfigMap entry
 * (or {@code PITLANE_SECURITY_ISSUER_URI} / {@code PITLANE_SECURITY_JWK_SET_URI}) points the whole suite at
 * auth-service or at Keycloak.
 */
@ConfigurationProperties("pitlane.security")
public record IssuerProperties(@DefaultValue("http://localhost:8081") String issuerUri,
                               @DefaultValue("http://localhost:8081/oauth2/jwks") URI jwkSetUri) {

    /** Checked at startup: without an issuer no token can be checked, and every request would fail later. */
    public IssuerProperties {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalArgumentException("pitlane.security.issuer-uri (PITLANE_SECURITY_ISSUER_URI) is empty");
        }
        if (jwkSetUri == null || !jwkSetUri.isAbsolute() || jwkSetUri.getHost() == null) {
            throw new IllegalArgumentException("pitlane.security.jwk-set-uri (PITLANE_SECURITY_JWK_SET_URI) must be an "
                    + "absolute http(s) URL, got '" + jwkSetUri + "'");
        }
    }
}
