package dev.pitlane.e2e.auth;

import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the gateway: what belongs to another organization answers 404, exactly like a record that does not
 * exist, and is left as it was; a body cannot set an id, an organization or roles its caller may not set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthTenancyE2eTest {

    private Tenants.Org a;
    private Tenants.Org b;

    @BeforeAll
    void twoOrganizations() {
        a = Tenants.newOrganization();
        b = Tenants.newOrganization();
    }

    @Test
    void anotherOrganizationsUsersClientsAndProfileAnswer404AndStayAsTheyWere() {
        String user = "/api/v1/users/" + Tenants.newUser(b);
        Tenants.Client partner = Tenants.newClient(b);
        String client = "/api/v1/clients/" + partner.id();
        TestHttp.Response userBefore = ok(b.admin().get(user), 200);
        TestHttp.Response clientBefore = ok(b.admin().get(client), 200);
        TestHttp.Response organizationBefore = ok(b.admin().get("/api/v1/organizations/" + b.id()), 200);
        TestHttp intruder = a.admin();

        List<TestHttp.Response> attempts = List.of(
                intruder.get(user),
                intruder.patch(user, "{\"jobTitle\":\"Hacked\"}"),
                intruder.put(user + "/roles", "{\"roles\":[\"ORG_ADMIN\"]}"),
                intruder.post(user + "/deactivate", null),
                intruder.post(user + "/activate", null),
                intruder.post(user + "/unlock", null),
                intruder.get(client),
                intruder.patch(client, "{\"permissions\":[\"stock:adjust\"],\"enabled\":false}"),
                intruder.post(client + "/secret", null),
                intruder.delete(client),
                intruder.get("/api/v1/organizations/" + b.id()),
                Tenants.newMember(a, "TECHNICIAN").http().get("/api/v1/organizations/" + b.id()));
        for (TestHttp.Response r : attempts) {
            assertProblem(r, 404, "not-found");
        }
        // the same answer as for a record that does not exist anywhere: nothing tells the two apart
        assertProblem(intruder.get("/api/v1/users/" + UUID.randomUUID()), 404, "not-found");
        // nor can an organization reach the platform administrator's account
        String root = "/api/v1/users/" + ok(Tenants.platformAdmin().get("/api/v1/users/me"), 200).json("$.id");
        assertProblem(intruder.get(root), 404, "not-found");
        assertProblem(intruder.put(root + "/roles", "{\"roles\":[\"STAFF\"]}"), 404, "not-found");
        assertProblem(intruder.post(root + "/deactivate", null), 404, "not-found");

        String email = userBefore.json("$.email");
        assertThat(intruder.get("/api/v1/users?q=" + email).<List<?>>json("$.items")).isEmpty();
        assertThat(intruder.get("/api/v1/clients?size=200").<List<String>>json("$.items[*].id"))
                .doesNotContain(partner.id());
        assertThat(intruder.get("/api/v1/activity?userId=" + userBefore.json("$.id")).<List<?>>json("$.items"))
                .isEmpty();

        assertThat(ok(b.admin().get(user), 200).body()).isEqualTo(userBefore.body());
        assertThat(ok(b.admin().get(client), 200).body()).isEqualTo(clientBefore.body());
        assertThat(ok(b.admin().get("/api/v1/organizations/" + b.id()), 200).body())
                .isEqualTo(organizationBefore.body());
        assertThat(Tenants.clientToken(partner).status()).as("the secret was not replaced").isEqualTo(200);
    }

    @Test
    void aBodyCannotSetAnIdAnOrganizationOrRolesItMayNotSet() {
        Tenants.Member member = Tenants.newMember(a, "TECHNICIAN");
        String user = "/api/v1/users/" + member.id();
        Tenants.Client partner = Tenants.newClient(a);
        String client = "/api/v1/clients/" + partner.id();
        TestHttp.Response userBefore = ok(a.admin().get(user), 200);
        TestHttp.Response clientBefore = ok(a.admin().get(client), 200);
        TestHttp.Response organizationBefore = ok(a.admin().get("/api/v1/organizations/" + a.id()), 200);
        String forged = UUID.randomUUID().toString();
        String newEmail = "forged-" + Tenants.unique() + "@e2e.test";
        String newOrganization = "E2E Forged " + Tenants.unique();
        TestHttp root = Tenants.platformAdmin();

        List<TestHttp.Response> unknownFields = List.of(
                a.admin().post("/api/v1/users", newUser(newEmail, "STAFF", ",\"organizationId\":\"" + b.id() + "\"")),
                a.admin().post("/api/v1/users", newUser(newEmail, "STAFF", ",\"id\":\"" + forged + "\"")),
                a.admin().patch(user, "{\"roles\":[\"ORG_ADMIN\"]}"),
                a.admin().patch(user, "{\"organizationId\":\"" + b.id() + "\"}"),
                a.admin().patch(user, "{\"id\":\"" + forged + "\"}"),
                a.admin().put(user + "/roles", "{\"roles\":[\"TECHNICIAN\"],\"organizationId\":\"" + b.id() + "\"}"),
                member.http().patch("/api/v1/users/me", "{\"roles\":[\"ORG_ADMIN\"]}"),
                member.http().patch("/api/v1/users/me", "{\"organizationId\":\"" + b.id() + "\"}"),
                member.http().patch("/api/v1/users/me", "{\"serviceCenterIds\":[\"" + forged + "\"]}"),
                a.admin().post("/api/v1/clients", "{\"name\":\"partner-" + Tenants.unique()
                        + "\",\"permissions\":[\"item:read\"],\"organizationId\":\"" + b.id() + "\"}"),
                a.admin().post("/api/v1/clients", "{\"name\":\"partner-" + Tenants.unique()
                        + "\",\"permissions\":[\"item:read\"],\"id\":\"" + forged + "\"}"),
                a.admin().patch(client, "{\"organizationId\":\"" + b.id() + "\"}"),
                a.admin().patch(client, "{\"id\":\"" + forged + "\"}"),
                root.post("/api/v1/organizations", """
                        {"id":"%s","name":"%s","admin":{"email":"%s","firstName":"X","lastName":"Y"}}"""
                        .formatted(forged, newOrganization, newEmail)),
                root.post("/api/v1/organizations", """
                        {"name":"%s","admin":{"email":"%s","firstName":"X","lastName":"Y","roles":["SUPER_ADMIN"]}}"""
                        .formatted(newOrganization, newEmail)),
                root.patch("/api/v1/organizations/" + a.id(), "{\"id\":\"" + forged + "\"}"),
                root.patch("/api/v1/organizations/" + a.id(), "{\"status\":\"SUSPENDED\"}"));
        for (TestHttp.Response r : unknownFields) {
            assertProblem(r, 400, "unknown-field");
        }

        // the fields exist here, but not every value may be set: the platform's own role and permission
        assertRefused(a.admin().post("/api/v1/users", newUser(newEmail, "SUPER_ADMIN", "")), "roles");
        assertRefused(a.admin().put(user + "/roles", "{\"roles\":[\"SUPER_ADMIN\"]}"), "roles");
        assertRefused(a.admin().post("/api/v1/clients", "{\"name\":\"partner-" + Tenants.unique()
                + "\",\"permissions\":[\"organization:manage\"]}"), "permissions");
        assertRefused(a.admin().patch(client, "{\"permissions\":[\"organization:manage\"]}"), "permissions");
        // a technician may not give itself what it does not hold either
        assertProblem(member.http().put(user + "/roles", "{\"roles\":[\"ORG_ADMIN\"]}"), 403, "forbidden");

        assertThat(ok(a.admin().get(user), 200).body()).isEqualTo(userBefore.body());
        assertThat(ok(member.http().get("/api/v1/users/me"), 200).<List<String>>json("$.roles"))
                .containsExactly("TECHNICIAN");
        assertThat(ok(a.admin().get(client), 200).body()).isEqualTo(clientBefore.body());
        assertThat(ok(a.admin().get("/api/v1/organizations/" + a.id()), 200).body())
                .isEqualTo(organizationBefore.body());
        for (Tenants.Org org : List.of(a, b)) {
            assertThat(org.admin().get("/api/v1/users?q=" + newEmail).<List<?>>json("$.items")).isEmpty();
            assertThat(org.admin().get("/api/v1/clients?size=200").<List<String>>json("$.items[*].id"))
                    .doesNotContain(forged);
        }
        assertProblem(a.admin().get("/api/v1/users/" + forged), 404, "not-found");
        assertThat(root.get("/api/v1/organizations?q=" + newOrganization.replace(' ', '+'))
                .<List<?>>json("$.items")).isEmpty();
        assertProblem(root.get("/api/v1/organizations/" + forged), 404, "not-found");
        assertThat(E2eSuite.login(member.email(), Tenants.PASSWORD)).as("the member still signs in").isNotBlank();
    }

    private static String newUser(String email, String role, String moreFields) {
        return """
                {"email":"%s","firstName":"F","lastName":"G","roles":["%s"],"password":"%s"%s}"""
                .formatted(email, role, Tenants.PASSWORD, moreFields);
    }

    private static void assertRefused(TestHttp.Response r, String field) {
        assertProblem(r, 400, "validation-failed");
        assertThat(r.<List<Map<String, Object>>>json("$.errors")).as(r.toString())
                .anySatisfy(e -> assertThat(e.get("field")).isEqualTo(field));
    }
}
