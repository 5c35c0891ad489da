package dev.pitlane.auth.access;

import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another organization's records answer 404, and a body cannot set what its caller may not set. */
class TenantIsolationTest extends AuthIntegrationTest {

    @Test
    void anotherOrganizationsUsersClientsAndProfileAnswer404() {
        Org a = newOrganization();
        Org b = newOrganization();
        Member victim = newMember(a, "STAFF");
        String clientId = as(a.admin()).post("/api/v1/clients",
                "{\"name\":\"partner\",\"permissions\":[\"item:read\"]}").json("$.client.id");
        TestHttp intruder = as(b.admin());

        String user = "/api/v1/users/" + victim.id();
        String client = "/api/v1/clients/" + clientId;
        List<TestHttp.Response> attempts = List.of(
                intruder.get(user),
                intruder.patch(user, "{\"jobTitle\":\"Hacked\"}"),
                intruder.put(user + "/roles", "{\"roles\":[\"ORG_ADMIN\"]}"),
                intruder.post(user + "/deactivate", null),
                intruder.post(user + "/activate", null),
                intruder.post(user + "/unlock", null),
                intruder.get(client),
                intruder.patch(client, "{\"permissions\":[\"stock:adjust\"]}"),
                intruder.post(client + "/secret", null),
                intruder.delete(client),
                intruder.get("/api/v1/organizations/" + a.id()));
        for (TestHttp.Response r : attempts) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.<String>json("$.code")).isEqualTo("not-found");
        }
        assertThat(intruder.get("/api/v1/users?size=200").<List<String>>json("$.items[*].id"))
                .doesNotContain(victim.id().toString());
        assertThat(intruder.get("/api/v1/activity?userId=" + victim.id()).<Integer>json("$.items.length()"))
                .isZero();

        TestHttp.Response unchanged = as(a.admin()).get(user);
        assertThat(unchanged.<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(unchanged.<List<String>>json("$.roles")).containsExactly("STAFF");
        assertThat(unchanged.<String>json("$.jobTitle")).isNull();
        assertThat(as(a.admin()).get(client).<List<String>>json("$.permissions")).containsExactly("item:read");
    }

    @Test
    void aBodyCannotSetIdsOrganizationsOrRolesWhereTheyAreNotAllowed() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        Org other = newOrganization();
        int usersBefore = as(org.admin()).get("/api/v1/users").json("$.page.totalElements");

        List<TestHttp.Response> refused = List.of(
                as(org.admin()).post("/api/v1/users", newUser("\"organizationId\":\"" + other.id() + "\"")),
                as(org.admin()).post("/api/v1/users", newUser("\"id\":\"" + UUID.randomUUID() + "\"")),
                as(org.admin()).patch("/api/v1/users/" + member.id(), "{\"roles\":[\"ORG_ADMIN\"]}"),
                as(org.admin()).patch("/api/v1/users/" + member.id(), "{\"organizationId\":\"" + other.id() + "\"}"),
                as(member.token()).patch("/api/v1/users/me", "{\"roles\":[\"ORG_ADMIN\"]}"),
                as(member.token()).patch("/api/v1/users/me", "{\"email\":\"new@example.test\"}"),
                as(org.admin()).post("/api/v1/clients",
                        "{\"name\":\"x\",\"permissions\":[\"item:read\"],\"organizationId\":\"" + other.id() + "\"}"),
                as(root()).post("/api/v1/organizations", "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"X "
                        + unique() + "\",\"admin\":{\"email\":\"x@" + unique() + ".test\",\"firstName\":\"X\","
                        + "\"lastName\":\"Y\"}}"));
        for (TestHttp.Response r : refused) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.<String>json("$.code")).isEqualTo("unknown-field");
        }

        TestHttp.Response superAdmin = as(org.admin()).put("/api/v1/users/" + member.id() + "/roles",
                "{\"roles\":[\"SUPER_ADMIN\"]}");
        assertThat(superAdmin.status()).isEqualTo(400);
        assertThat(superAdmin.<String>json("$.errors[0].field")).isEqualTo("roles");
        TestHttp.Response platformPermission = as(org.admin()).post("/api/v1/clients",
                "{\"name\":\"p\",\"permissions\":[\"organization:manage\"]}");
        assertThat(platformPermission.status()).isEqualTo(400);
        assertThat(platformPermission.<String>json("$.errors[0].field")).isEqualTo("permissions");

        assertThat(as(org.admin()).get("/api/v1/users").<Integer>json("$.page.totalElements")).isEqualTo(usersBefore);
        assertThat(as(org.admin()).get("/api/v1/users/" + member.id()).<List<String>>json("$.roles"))
                .containsExactly("STAFF");
        assertThat(as(org.admin()).get("/api/v1/clients").<Integer>json("$.page.totalElements")).isZero();
        assertThat(as(other.admin()).get("/api/v1/users").<Integer>json("$.page.totalElements")).isEqualTo(1);
    }

    @Test
    void everyTableWithAnOrganizationHasRowLevelSecurity() {
        long unprotected = owner.count("SELECT count(*) FROM information_schema.columns c "
                + "JOIN pg_class t ON t.relname = c.table_name AND t.relkind = 'r' "
                + "WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' "
                + "AND c.table_name <> 'idempotency_keys' AND NOT t.relrowsecurity");
        assertThat(unprotected).as("the platform's idempotency_keys filters by organization itself").isZero();
        assertThat(owner.count("SELECT count(*) FROM pg_class WHERE relrowsecurity AND relname IN "
                + "('users', 'refresh_tokens', 'password_reset_tokens', 'clients', 'activity_log')")).isEqualTo(5);
    }

    private static String newUser(String extra) {
        return "{\"email\":\"u-" + unique() + "@example.test\",\"firstName\":\"U\",\"lastName\":\"V\","
                + "\"roles\":[\"STAFF\"]," + extra + "}";
    }
}
