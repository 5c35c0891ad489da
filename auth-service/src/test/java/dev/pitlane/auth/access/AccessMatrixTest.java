package dev.pitlane.auth.access;

import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of auth-service against every role: a role whose permissions (as GET /api/v1/roles tells) include
 * the endpoint's permission gets 2xx, every other role 403, and no token 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends AuthIntegrationTest {

    private static final List<String> TENANT_ROLES = List.of("ORG_ADMIN", "STAFF", "SERVICE_ADVISOR", "TECHNICIAN",
            "STORE_KEEPER", "PROCUREMENT_OFFICER", "ACCOUNTANT");

    /** What a request needs: the path (and body) may depend on the role trying and on whether it should pass. */
    private record Endpoint(String method, String permission, Function<Attempt, String> path,
                            Function<Attempt, String> body) {
        @Override
        public String toString() {
            return method + " " + path.apply(new Attempt("?", false)) + " needs " + (permission == null ? "a token"
                    : permission);
        }
    }

    private record Attempt(String role, boolean allowed) {
    }

    private Org org;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private Map<String, Set<String>> matrix;
    private UUID member;
    private UUID client;

    private void setUp() {
        if (org != null) {
            return;
        }
        org = newOrganization();
        tokens.put("SUPER_ADMIN", root());
        tokens.put("ORG_ADMIN", org.admin());
        for (String role : TENANT_ROLES.subList(1, TENANT_ROLES.size())) {
            tokens.put(role, newMember(org, role).token());
        }
        member = newMember(org, "STAFF").id();
        client = UUID.fromString(as(org.admin()).post("/api/v1/clients",
                "{\"name\":\"c-" + unique() + "\",\"permissions\":[\"item:read\"]}").json("$.client.id"));
        matrix = new LinkedHashMap<>();
        List<Map<String, Object>> roles = as(root()).get("/api/v1/roles").json("$");
        for (Map<String, Object> role : roles) {
            @SuppressWarnings("unchecked")
            List<String> permissions = (List<String>) role.get("permissions");
            matrix.put((String) role.get("name"), Set.copyOf(permissions));
        }
        assertThat(matrix.keySet()).containsAll(tokens.keySet());
    }

    private List<Endpoint> endpoints() {
        return List.of(
                get("role:read", "/api/v1/roles"),
                get("role:read", "/api/v1/roles/TECHNICIAN"),
                get("role:read", "/api/v1/permissions"),
                get("organization:manage", "/api/v1/organizations"),
                new Endpoint("POST", "organization:manage", a -> "/api/v1/organizations",
                        a -> "{\"name\":\"Org " + unique() + "\",\"admin\":{\"email\":\"a@" + unique()
                                + ".test\",\"firstName\":\"A\",\"lastName\":\"B\"}}"),
                get("organization:read", "/api/v1/organizations/" + org.id()),
                new Endpoint("PATCH", "organization:manage", a -> "/api/v1/organizations/" + org.id(),
                        a -> "{\"address\":\"Pune\"}"),
                new Endpoint("POST", "organization:manage",
                        a -> "/api/v1/organizations/" + (a.allowed() ? newOrganization().id() : org.id()) + "/suspend",
                        a -> "{\"reason\":\"test\"}"),
                new Endpoint("POST", "organization:manage",
                        a -> "/api/v1/organizations/" + (a.allowed() ? suspendedOrganization() : org.id())
                                + "/reactivate", a -> null),
                get("user:read", "/api/v1/users"),
                get("user:read", "/api/v1/users/" + member),
                new Endpoint("POST", "user:manage", a -> "/api/v1/users",
                        a -> "{\"email\":\"n-" + unique() + "@example.test\",\"firstName\":\"N\",\"lastName\":\"U\","
                                + "\"roles\":[\"STAFF\"],\"password\":\"" + PASSWORD + "\"}"),
                new Endpoint("PATCH", "user:manage", a -> "/api/v1/users/" + member, a -> "{\"jobTitle\":\"Clerk\"}"),
                new Endpoint("PUT", "user:manage", a -> "/api/v1/users/" + member + "/roles",
                        a -> "{\"roles\":[\"STAFF\"],\"serviceCenterIds\":[]}"),
                new Endpoint("POST", "user:manage",
                        a -> "/api/v1/users/" + (a.allowed() ? newMember(org, "STAFF").id() : member) + "/deactivate",
                        a -> null),
                new Endpoint("POST", "user:manage",
                        a -> "/api/v1/users/" + (a.allowed() ? deactivatedMember() : member) + "/activate", a -> null),
                new Endpoint("POST", "user:manage", a -> "/api/v1/users/" + member + "/unlock", a -> null),
                get(null, "/api/v1/users/me"),
                new Endpoint("PATCH", null, a -> "/api/v1/users/me", a -> "{\"jobTitle\":\"Tester\"}"),
                new Endpoint("POST", null, a -> "/api/v1/users/me/password", a -> {
                    String current = "SUPER_ADMIN".equals(a.role()) ? ROOT_PASSWORD : PASSWORD;
                    return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + current + "\"}";
                }),
                get("client:manage", "/api/v1/clients"),
                new Endpoint("POST", "client:manage", a -> "/api/v1/clients",
                        a -> "{\"name\":\"c-" + unique() + "\",\"permissions\":[\"stock:read\"]}"),
                get("client:manage", "/api/v1/clients/" + client),
                new Endpoint("PATCH", "client:manage", a -> "/api/v1/clients/" + client,
                        a -> "{\"description\":\"changed\"}"),
                new Endpoint("POST", "client:manage", a -> "/api/v1/clients/" + client + "/secret", a -> null),
                new Endpoint("DELETE", "client:manage",
                        a -> "/api/v1/clients/" + (a.allowed() ? newClient() : client), a -> null),
                get("activity:read", "/api/v1/activity"),
                get("organization:manage", "/api/v1/auth/keys"),
                new Endpoint("POST", "organization:manage", a -> "/api/v1/auth/keys/rotate", a -> null),
                get("sign-in-throttle:manage", "/api/v1/auth/address-throttles"),
                new Endpoint("DELETE", "sign-in-throttle:manage", a -> "/api/v1/auth/address-throttles/"
                        + (a.allowed() ? throttledAddress() : "192.0.2.1"), a -> null));
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsExactlyWhatTheMatrixSays() {
        setUp();
        return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
            SoftAssertions softly = new SoftAssertions();
            for (var entry : tokens.entrySet()) {
                String role = entry.getKey();
                boolean allowed = endpoint.permission() == null || matrix.get(role).contains(endpoint.permission());
                Attempt attempt = new Attempt(role, allowed);
                TestHttp.Response r = as(entry.getValue()).send(endpoint.method(), endpoint.path().apply(attempt),
                        endpoint.body().apply(attempt));
                if (allowed) {
                    softly.assertThat(r.status()).as(role + ": " + r).isBetween(200, 299);
                } else {
                    softly.assertThat(r.status()).as(role + ": " + r).isEqualTo(403);
                }
            }
            Attempt anonymous = new Attempt("anonymous", false);
            softly.assertThat(http().send(endpoint.method(), endpoint.path().apply(anonymous),
                    endpoint.body().apply(anonymous)).status()).as("without a token").isEqualTo(401);
            softly.assertAll();
        }));
    }

    private Endpoint get(String permission, String path) {
        return new Endpoint("GET", permission, a -> path, a -> null);
    }

    private UUID suspendedOrganization() {
        UUID id = newOrganization().id();
        assertThat(as(root()).post("/api/v1/organizations/" + id + "/suspend", "{\"reason\":\"setup\"}").status())
                .isEqualTo(200);
        return id;
    }

    private UUID deactivatedMember() {
        UUID id = newMember(org, "STAFF").id();
        assertThat(as(org.admin()).post("/api/v1/users/" + id + "/deactivate", null).status()).isEqualTo(200);
        return id;
    }

    private String throttledAddress() {
        String address = "203.0.113." + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(254));
        loginResponse("nobody-" + unique() + "@example.test", "wrong-password", address);
        return address;
    }

    private UUID newClient() {
        return UUID.fromString(as(org.admin()).post("/api/v1/clients",
                "{\"name\":\"c-" + unique() + "\",\"permissions\":[\"item:read\"]}").json("$.client.id"));
    }
}
