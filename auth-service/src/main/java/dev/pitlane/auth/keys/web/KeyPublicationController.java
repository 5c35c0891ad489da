package dev.pitlane.auth.keys.web;

import dev.pitlane.auth.keys.application.KeyRingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OIDC discovery and the JWKS: all a resource server needs to check this service's tokens on its own, and the
 * same two documents Keycloak serves, so either can be the suite's issuer.
 */
@RestController
@Tag(name = "Discovery", description = "OIDC discovery and the token signing keys (public)")
class KeyPublicationController {

    private final KeyRingService keys;
    private final String issuer;

    KeyPublicationController(KeyRingService keys, @Value("${pitlane.security.issuer-uri}") String issuer) {
        this.keys = keys;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    @GetMapping(value = "/oauth2/jwks", produces = "application/jwk-set+json")
    @Operation(summary = "The public keys of every token still valid (the active key and retired ones)")
    ResponseEntity<Map<String, Object>> jwks() {
        // short caching: a rotated key must reach resource servers well within one access token lifetime
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(keys.publicKeys().toJSONObject(true));
    }

    @GetMapping(value = "/.well-known/openid-configuration", produces = "application/json")
    @Operation(summary = "OIDC discovery document")
    Map<String, Object> discovery() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer);
        doc.put("jwks_uri", issuer + "/oauth2/jwks");
        doc.put("token_endpoint", issuer + "/api/v1/auth/token");
        doc.put("grant_types_supported", List.of("client_credentials"));
        doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        doc.put("response_types_supported", List.of("token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("claims_supported", List.of("iss", "sub", "exp", "iat", "jti", "org_id", "roles", "permissions",
                "service_center_ids", "client_id", "email", "sid"));
        return doc;
    }
}
