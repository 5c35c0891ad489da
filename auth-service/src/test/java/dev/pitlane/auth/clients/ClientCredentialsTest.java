package dev.pitlane.auth.clients;

import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCredentialsTest extends AuthIntegrationTest {

    @Test
    void aClientGetsATokenForItsOrganizationAndPermissionsWithoutARefreshToken() {
        Org org = newOrganization();
        TestHttp.Response created = as(org.admin()).post("/api/v1/clients",
                "{\"name\":\"OEM portal\",\"permissions\":[\"role:read\",\"item:read\"]}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json("$.clientId");
        String secret = created.json("$.clientSecret");
        assertThat(as(org.admin()).get("/api/v1/clients/" + id).body()).doesNotContain(secret);

        TestHttp.Response form = http().post("/api/v1/auth/token",
                "grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.<String>json("$.token_type")).isEqualTo("Bearer");
        assertThat(form.<Integer>json("$.expires_in")).isBetween(890, 900);
        assertThat(form.<Object>json("$.refresh_token")).isNull();
        Map<String, Object> claims = TestTokens.claimsOf(form.json("$.access_token"));
        assertThat(claims.get("sub")).isEqualTo(id);
        assertThat(claims.get("client_id")).isEqualTo(id);
        assertThat(claims.get("org_id")).isEqualTo(org.id().toString());
        assertThat(claims.get("permissions")).isEqualTo(List.of("item:read", "role:read"));

        String token = form.json("$.access_token");
        assertThat(as(token).get("/api/v1/roles").status()).isEqualTo(200);
        assertThat(as(token).get("/api/v1/users").status()).isEqualTo(403);

        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        TestHttp.Response json = http().post("/api/v1/auth/token",
                "{\"grant_type\":\"client_credentials\",\"scope\":\"item:read\"}", "Authorization", "Basic " + basic);
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(TestTokens.claimsOf(json.json("$.access_token")).get("permissions")).isEqualTo(List.of("item:read"));
        assertThat(http().post("/api/v1/auth/token", "{\"grant_type\":\"client_credentials\",\"scope\":\"user:manage\"}",
                "Authorization", "Basic " + basic).<String>json("$.error")).isEqualTo("invalid_scope");
    }

    @Test
    void wrongRotatedOrDisabledCredentialsGetNoToken() {
        Org org = newOrganization();
        TestHttp.Response created = as(org.admin()).post("/api/v1/clients",
                "{\"name\":\"Supplier\",\"permissions\":[\"supplier:read\"]}");
        String id = created.json("$.clientId");
        String secret = created.json("$.clientSecret");

        TestHttp.Response wrong = token(id, "not-the-secret");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.<String>json("$.error")).isEqualTo("invalid_client");
        assertThat(token("not-a-client", secret).status()).isEqualTo(401);
        assertThat(http().post("/api/v1/auth/token", "{\"grant_type\":\"password\"}").<String>json("$.error"))
                .isEqualTo("unsupported_grant_type");

        String rotated = as(org.admin()).post("/api/v1/clients/" + id + "/secret", null).json("$.clientSecret");
        assertThat(token(id, secret).status()).isEqualTo(401);
        assertThat(token(id, rotated).status()).isEqualTo(200);

        assertThat(as(org.admin()).patch("/api/v1/clients/" + id, "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(token(id, rotated).status()).isEqualTo(401);
        assertThat(as(org.admin()).patch("/api/v1/clients/" + id, "{\"enabled\":true}").status()).isEqualTo(200);
        assertThat(as(root()).post("/api/v1/organizations/" + org.id() + "/suspend", "{\"reason\":\"x\"}").status())
                .isEqualTo(200);
        assertThat(token(id, rotated).status()).as("a suspended organization's client").isEqualTo(401);

        List<String> types = as(org.admin()).get("/api/v1/activity?limit=200").json("$.items[*].type");
        assertThat(types).contains("CLIENT_CREATED", "CLIENT_SECRET_ROTATED", "CLIENT_AUTHENTICATION_FAILED");
    }

    @Test
    void aClientCanHoldOnlyTenantPermissions() {
        Org org = newOrganization();
        for (String permission : List.of("no-such:permission", "organization:manage")) {
            TestHttp.Response refused = as(org.admin()).post("/api/v1/clients",
                    "{\"name\":\"x\",\"permissions\":[\"" + permission + "\"]}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.<String>json("$.errors[0].code")).isEqualTo("NotGrantable");
        }
    }

    private TestHttp.Response token(String id, String secret) {
        return http().post("/api/v1/auth/token",
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"%s\",\"client_secret\":\"%s\"}"
                        .formatted(id, secret));
    }
}
