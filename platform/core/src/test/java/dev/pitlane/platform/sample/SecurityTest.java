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
    void aCallerWithoutThePermissionHearsForbiddenWhateverTheBody() {
        TestHttp reader = as(org, "widget:read");
        for (String body : new String[]{"{\"name\":\"w\",\"quantity\":1,\"bogus\":true}", "{not json",
                "{\"name\":\"\",\"quantity\":-1}", "{\"quantity\":\"many\"}", ""}) {
            // no Idempotency-Key either: the permission is checked before the headers and the body
            var r = reader.post("/api/v1/widgets", body);
            assertThat(r.status()).as(body + " → " + r).isEqualTo(403);
            assertThat(r.<String>json("$.code")).isEqualTo("forbidden");
            assertThat(r.body()).doesNotContain("bogus").doesNotContain("quantity");
        }
        assertThat(reader.put("/api/v1/widgets/" + UUID.randomUUID(), "{\"bogus\":1}").status())
                .as("a method without @PreAuthorize is left to its own checks").isNotEqualTo(403);
    }

    @Test
    void theApiDocumentNamesEachOperationsPermission() {
        var docs = http().get("/v3/api-docs");
        assertThat(docs.<java.util.List<String>>json("$.paths['/api/v1/widgets'].post.x-permissions"))
                .containsExactly("widget:write");
        assertThat(docs.<String>json("$.paths['/api/v1/widgets'].post.description")).contains("widget:write");
    }

    @Test
    void aCallerWithThePermissionHearsAboutTheBody() {
        var r = as(org, "widget:write").post("/api/v1/widgets", "{\"name\":\"w\",\"quantity\":1,\"bogus\":true}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.<String>json("$.code")).isEqualTo("unknown-field");
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
