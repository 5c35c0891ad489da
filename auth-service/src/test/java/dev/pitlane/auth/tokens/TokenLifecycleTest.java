package dev.pitlane.auth.tokens;

import com.nimbusds.jwt.SignedJWT;
import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.auth.tokens.application.Sessions;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLifecycleTest extends AuthIntegrationTest {

    @Test
    void aSignInGivesAnRs256TokenWithTheSuitesClaims() throws Exception {
        Tokens tokens = login("technician@demo-motors.local", "pitlane-demo");
        Map<String, Object> claims = TestTokens.claimsOf(tokens.access());
        assertThat(claims.get("org_id")).isEqualTo(DEMO_ORG.toString());
        assertThat(claims.get("roles")).isEqualTo(List.of("TECHNICIAN"));
        @SuppressWarnings("unchecked")
        List<String> permissions = (List<String>) claims.get("permissions");
        assertThat(permissions).contains("parts-issue:request", "stock:read")
                .doesNotContain("stock:adjust", "user:read");
        assertThat(claims.get("service_center_ids")).isEqualTo(List.of("7e57da7a-0000-4000-8000-000000000101"));
        assertThat(claims.get("sub")).isEqualTo(as(tokens.access()).get("/api/v1/users/me").json("$.id"));
        assertThat(claims).containsKeys("exp", "iat", "jti", "sid", "iss");
        SignedJWT jwt = SignedJWT.parse(tokens.access());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(Duration.between(jwt.getJWTClaimsSet().getIssueTime().toInstant(),
                jwt.getJWTClaimsSet().getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aPlatformAdministratorsTokenHasNoOrganization() {
        Map<String, Object> claims = TestTokens.claimsOf(root());
        assertThat(claims).doesNotContainKey("org_id");
        assertThat(claims.get("roles")).isEqualTo(List.of("SUPER_ADMIN"));
        assertThat(claims.get("permissions")).isEqualTo(List.of("organization:manage", "organization:read",
                "role:read", "sign-in-throttle:manage"));
        assertThat(as(root()).get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenEndsTheWholeSession() {
        Org org = newOrganization();
        Tokens first = login(org.adminEmail(), PASSWORD);
        TestHttp.Response refreshed = refresh(first.refresh());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String second = refreshed.json("$.refreshToken");
        assertThat(second).isNotEqualTo(first.refresh());
        assertThat(as(refreshed.json("$.accessToken")).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(TestTokens.claimsOf(refreshed.json("$.accessToken")).get("sid"))
                .as("same session").isEqualTo(TestTokens.claimsOf(first.access()).get("sid"));

        TestHttp.Response reuse = refresh(first.refresh());
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.<String>json("$.code")).isEqualTo("invalid-refresh-token");
        assertThat(refresh(second).status()).as("the thief's copy and the owner's token both die").isEqualTo(401);
        assertThat(activityTypes(org)).contains("REFRESH_TOKEN_REUSED");

        Tokens other = login(org.adminEmail(), PASSWORD);
        assertThat(refresh(other.refresh()).status()).as("another session is untouched").isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        Org org = newOrganization();
        Tokens tokens = login(org.adminEmail(), PASSWORD);
        TestHttp.Response out = http().post("/api/v1/auth/logout",
                "{\"refreshToken\":\"" + tokens.refresh() + "\"}");
        assertThat(out.status()).isEqualTo(204);
        assertThat(refresh(tokens.refresh()).status()).isEqualTo(401);
        assertThat(http().post("/api/v1/auth/logout", "{\"refreshToken\":\"never-issued\"}").status())
                .as("the same answer for an unknown token").isEqualTo(204);
        assertThat(activityTypes(org)).contains("LOGOUT");
    }

    @Test
    void anAccessTokenExpiresAfterFifteenMinutesAndARefreshTokenAfterItsIdleTime() {
        Org org = newOrganization();
        Tokens tokens = login(org.adminEmail(), PASSWORD);
        clock.advance(Duration.ofMinutes(17));
        TestHttp.Response expired = as(tokens.access()).get("/api/v1/users/me");
        assertThat(expired.status()).isEqualTo(401);
        TestHttp.Response refreshed = refresh(tokens.refresh());
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(as(refreshed.json("$.accessToken")).get("/api/v1/users/me").status()).isEqualTo(200);

        clock.advance(Duration.ofDays(8));
        assertThat(refresh(refreshed.json("$.refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        TestHttp.Response wrong = loginResponse("advisor@demo-motors.local", "not-the-password", "198.51.100.77");
        TestHttp.Response unknown = loginResponse("nobody@demo-motors.local", "not-the-password", "198.51.100.77");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.<String>json("$.code")).isEqualTo("invalid-credentials");
        assertThat(unknown.<String>json("$.detail")).isEqualTo(wrong.json("$.detail"));
    }

    @Test
    void aDeactivatedUserLosesTheSessionAtTheNextRefreshAndCannotSignIn() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        Tokens tokens = login(member.email(), PASSWORD);
        assertThat(as(org.admin()).post("/api/v1/users/" + member.id() + "/deactivate", null).status())
                .isEqualTo(200);
        assertThat(refresh(tokens.refresh()).status()).isEqualTo(401);
        TestHttp.Response again = loginResponse(member.email(), PASSWORD, "198.51.100.1");
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.<String>json("$.code")).isEqualTo("account-inactive");
    }

    @Test
    void aSuspendedOrganizationsSessionsEndAtTheNextRefreshAndItsUsersCannotSignIn() {
        Org org = newOrganization();
        Tokens tokens = login(org.adminEmail(), PASSWORD);
        assertThat(as(root()).post("/api/v1/organizations/" + org.id() + "/suspend", "{\"reason\":\"unpaid\"}")
                .status()).isEqualTo(200);
        TestHttp.Response refused = refresh(tokens.refresh());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.<String>json("$.code")).isEqualTo("organization-suspended");
        TestHttp.Response login = loginResponse(org.adminEmail(), PASSWORD, "198.51.100.1");
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.<String>json("$.code")).isEqualTo("organization-suspended");

        assertThat(as(root()).post("/api/v1/organizations/" + org.id() + "/reactivate", null).status())
                .isEqualTo(200);
        assertThat(loginResponse(org.adminEmail(), PASSWORD, "198.51.100.1").status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        Tokens elsewhere = login(member.email(), PASSWORD);
        Tokens here = login(member.email(), PASSWORD);
        TestHttp.Response wrong = as(here.access()).post("/api/v1/users/me/password",
                "{\"currentPassword\":\"nope\",\"newPassword\":\"another-long-password\"}");
        assertThat(wrong.status()).isEqualTo(400);
        TestHttp.Response changed = as(here.access()).post("/api/v1/users/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"another-long-password\"}".formatted(PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(refresh(elsewhere.refresh()).status()).isEqualTo(401);
        assertThat(refresh(here.refresh()).status()).isEqualTo(200);
        assertThat(loginResponse(member.email(), PASSWORD, "198.51.100.1").status()).isEqualTo(401);
        login(member.email(), "another-long-password");
        assertThat(activityTypes(org)).contains("PASSWORD_CHANGED");
    }

    @Test
    void anEmailInTwoOrganizationsMustNameOne() {
        Org a = newOrganization();
        Org b = newOrganization();
        String email = "shared-" + unique() + "@example.test";
        for (Org org : List.of(a, b)) {
            assertThat(as(org.admin()).post("/api/v1/users", """
                    {"email":"%s","firstName":"Sam","lastName":"Both","roles":["STAFF"],"password":"%s"}"""
                    .formatted(email, PASSWORD)).status()).isEqualTo(201);
        }
        TestHttp.Response ambiguous = loginResponse(email, PASSWORD, "198.51.100.1");
        assertThat(ambiguous.status()).isEqualTo(409);
        assertThat(ambiguous.<String>json("$.code")).isEqualTo("organization-required");
        assertThat(ambiguous.<List<String>>json("$.organizations[*].organizationId"))
                .containsExactlyInAnyOrder(a.id().toString(), b.id().toString());
        TestHttp.Response chosen = http().post("/api/v1/auth/login", """
                {"email":"%s","password":"%s","organizationId":"%s"}""".formatted(email, PASSWORD, b.id()));
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(TestTokens.claimsOf(chosen.json("$.accessToken")).get("org_id")).isEqualTo(b.id().toString());
    }

    @Test
    void aTokenThisServiceDidNotSignIsRefused() {
        String foreign = TestTokens.issuer().user(DEMO_ORG).permissions("user:read").mint();
        assertThat(as(foreign).get("/api/v1/users").status()).isEqualTo(401);
    }

    @Test
    void endedSessionsAreRemovedByHousekeeping(@Autowired Sessions sessions) {
        Org org = newOrganization();
        login(org.adminEmail(), PASSWORD);
        String count = "SELECT count(*) FROM refresh_tokens WHERE organization_id = '" + org.id() + "'";
        assertThat(owner.count(count)).isEqualTo(2);
        sessions.purge();
        assertThat(owner.count(count)).as("still alive").isEqualTo(2);
        clock.advance(Duration.ofDays(31));
        sessions.purge();
        assertThat(owner.count(count)).isZero();
    }

    private TestHttp.Response refresh(String refreshToken) {
        return http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    private List<String> activityTypes(Org org) {
        return as(org.admin()).get("/api/v1/activity?limit=200").json("$.items[*].type");
    }
}
