package dev.pitlane.platform.sample;

import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest extends SampleTestBase {

    private final UUID org = UUID.randomUUID();

    private void assertUnauthorized(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.<String>json("$.code")).isEqualTo("unauthorized");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void noToken() {
        assertUnauthorized(http().get("/api/v1/widgets"));
    }

    @Test
    void expiredToken() {
        assertUnauthorized(http().withToken(tokens.user(org).expiresAt(Instant.now().minusSeconds(120)).mint())
                .get("/api/v1/widgets"));
    }

    @Test
    void wrongIssuer() {
        assertUnauthorized(http().withToken(tokens.user(org).issuer("http://evil.example").mint())
                .get("/api/v1/widgets"));
    }

    @Test
    void wrongSignature() {
        assertUnauthorized(http().withToken(tokens.user(org).mintWithForeignKey()).get("/api/v1/widgets"));
    }

    @Test
    void unsignedToken() {
        assertUnauthorized(http().withToken(tokens.user(org).mintUnsigned()).get("/api/v1/widgets"));
    }

    @Test
    void garbageToken() {
        assertUnauthorized(http().withToken("not.a.jwt").get("/api/v1/widgets"));
    }

    @Test
    void healthAndMetricsAreOpen() {
        assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http().get("/actuator/health/liveness").status()).isEqualTo(200);
        var metrics = http().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("pitlane_outbox_pending");
        assertThat(http().get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void keycloakStyleClaimsAreReadByConfiguration() {
        var claims = new dev.pitlane.platform.security.PitlaneSecurityProperties.Claims();
        claims.setRoles("realm_access.roles");
        claims.setOrganization("organization_id");
        var reader = new dev.pitlane.platform.security.CallerFromJwt(claims);
        var jwt = Jwt.withTokenValue("t").header("alg", "RS256")
                .subject("u1")
                .claim("realm_access", java.util.Map.of("roles", java.util.List.of("STORE_KEEPER")))
                .claim("organization_id", org.toString())
                .claim("permissions", "stock:adjust stock:read")
                .build();
        var caller = reader.read(jwt);
        assertThat(caller.organizationId()).isEqualTo(org);
        assertThat(caller.roles()).containsExactly("STORE_KEEPER");
        assertThat(caller.permissions()).containsExactlyInAnyOrder("stock:adjust", "stock:read");
    }
}
