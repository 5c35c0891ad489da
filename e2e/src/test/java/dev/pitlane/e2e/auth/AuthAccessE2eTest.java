package dev.pitlane.e2e.auth;

import dev.pitlane.devstack.Suite;
import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of auth-service, through the gateway, against one user per role of the permission matrix: a role
 * whose permissions (as {@code GET /api/v1/roles} tells) include the endpoint's permission gets 2xx, every other
 * role a 403 problem, and a caller without a token a 401 problem at the edge. The public endpoints work without a
 * token. The expectations come from the matrix the API serves, so a change of the matrix changes what is expected;
 * the endpoint tables are checked against auth-service's OpenAPI document, so a new endpoint cannot go unchecked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthAccessE2eTest {

    /** In place of a permission: any signed-in user may. */
    private static final String SIGNED_IN = "a signed-in user";
    private static final String PUBLIC = "no token";
    private static final String SIGN_OUT = "/api/v1/auth/logout";

    /** How one role tries an endpoint: the target may depend on whether the attempt should pass. */
    private record Attempt(String role, boolean allowed) {
    }

    private record Call(String path, String body, String... headers) {
    }

    private record Endpoint(String method, String template, String permission, Function<Attempt, Call> call) {
        String operation() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return operation() + " needs " + permission;
        }
    }

    private Tenants.Org org;
    private final Map<String, TestHttp> callers = new LinkedHashMap<>();
    private final Map<String, Set<String>> matrix = new LinkedHashMap<>();
    private String target;
    private Tenants.Client client;

    @BeforeAll
    void signInOneUserPerRole() {
        org = Tenants.newOrganization();
        List<Map<String, Object>> roles = ok(org.admin().get("/api/v1/roles"), 200).json("$");
        for (Map<String, Object> role : roles) {
            String name = (String) role.get("name");
            @SuppressWarnings("unchecked")
            List<String> permissions = (List<String>) role.get("permissions");
            matrix.put(name, Set.copyOf(permissions));
            if (Boolean.TRUE.equals(role.get("assignable"))) {
                callers.put(name, Tenants.newMember(org, name).http());
            } else if (name.equals("SUPER_ADMIN")) {
                callers.put(name, Tenants.platformAdmin());
            }
        }
        assertThat(callers.keySet()).as("a user for every role of the matrix").isEqualTo(matrix.keySet());
        target = Tenants.newUser(org);
        client = Tenants.newClient(org);
    }

    private List<Endpoint> protectedEndpoints() {
        String users = "/api/v1/users/";
        String clients = "/api/v1/clients/";
        String organizations = "/api/v1/organizations/";
        return List.of(
                get("/api/v1/roles", "role:read"),
                new Endpoint("GET", "/api/v1/roles/{name}", "role:read",
                        a -> new Call("/api/v1/roles/TECHNICIAN", null)),
                get("/api/v1/permissions", "role:read"),

                get("/api/v1/organizations", "organization:manage"),
                new Endpoint("POST", "/api/v1/organizations", "organization:manage",
                        a -> new Call("/api/v1/organizations", """
                                {"name":"E2E Motors %s","admin":{"email":"first-%s@e2e.test","firstName":"A",\
                                "lastName":"B"}}""".formatted(Tenants.unique(), Tenants.unique()))),
                new Endpoint("GET", "/api/v1/organizations/{id}", "organization:read",
                        a -> new Call(organizations + org.id(), null)),
                new Endpoint("PATCH", "/api/v1/organizations/{id}", "organization:manage",
                        a -> new Call(organizations + org.id(), "{\"address\":\"Andheri East, Mumbai\"}")),
                new Endpoint("POST", "/api/v1/organizations/{id}/suspend", "organization:manage",
                        a -> new Call(organizations + (a.allowed() ? Tenants.newOrganization().id() : org.id())
                                + "/suspend", "{\"reason\":\"e2e\"}")),
                new Endpoint("POST", "/api/v1/organizations/{id}/reactivate", "organization:manage",
                        a -> new Call(organizations + (a.allowed() ? Tenants.suspendedOrganization() : org.id())
                                + "/reactivate", null)),

                get("/api/v1/users", "user:read"),
                new Endpoint("GET", "/api/v1/users/{id}", "user:read", a -> new Call(users + target, null)),
                new Endpoint("POST", "/api/v1/users", "user:manage", a -> new Call("/api/v1/users", """
                        {"email":"new-%s@e2e.test","firstName":"N","lastName":"U","roles":["STAFF"],"password":"%s"}"""
                        .formatted(Tenants.unique(), Tenants.PASSWORD))),
                new Endpoint("PATCH", "/api/v1/users/{id}", "user:manage",
                        a -> new Call(users + target, "{\"jobTitle\":\"Service clerk\"}")),
                new Endpoint("PUT", "/api/v1/users/{id}/roles", "user:manage",
                        a -> new Call(users + target + "/roles", "{\"roles\":[\"STAFF\"],\"serviceCenterIds\":[]}")),
                new Endpoint("POST", "/api/v1/users/{id}/deactivate", "user:manage",
                        a -> new Call(users + (a.allowed() ? Tenants.newUser(org) : target) + "/deactivate", null)),
                new Endpoint("POST", "/api/v1/users/{id}/activate", "user:manage",
                        a -> new Call(users + (a.allowed() ? Tenants.deactivatedUser(org) : target) + "/activate",
                                null)),
                new Endpoint("POST", "/api/v1/users/{id}/unlock", "user:manage",
                        a -> new Call(users + target + "/unlock", null)),
                get("/api/v1/users/me", SIGNED_IN),
                new Endpoint("PATCH", "/api/v1/users/me", SIGNED_IN,
                        a -> new Call("/api/v1/users/me", "{\"jobTitle\":\"Tester\"}")),
                new Endpoint("POST", "/api/v1/users/me/password", SIGNED_IN, a -> {
                    // the same password again: the call is checked, and the user keeps signing in as before
                    String current = a.role().equals("SUPER_ADMIN") ? Suite.DEMO_PASSWORD : Tenants.PASSWORD;
                    return new Call("/api/v1/users/me/password",
                            "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + current + "\"}");
                }),

                get("/api/v1/clients", "client:manage"),
                new Endpoint("POST", "/api/v1/clients", "client:manage", a -> new Call("/api/v1/clients",
                        "{\"name\":\"partner-" + Tenants.unique() + "\",\"permissions\":[\"stock:read\"]}")),
                new Endpoint("GET", "/api/v1/clients/{id}", "client:manage",
                        a -> new Call(clients + client.id(), null)),
                new Endpoint("PATCH", "/api/v1/clients/{id}", "client:manage",
                        a -> new Call(clients + client.id(), "{\"description\":\"OEM warranty portal\"}")),
                new Endpoint("POST", "/api/v1/clients/{id}/secret", "client:manage",
                        a -> new Call(clients + client.id() + "/secret", null)),
                new Endpoint("DELETE", "/api/v1/clients/{id}", "client:manage",
                        a -> new Call(clients + (a.allowed() ? Tenants.newClient(org).id() : client.id()), null)),

                get("/api/v1/activity", "activity:read"),
                get("/api/v1/auth/keys", "organization:manage"),
                new Endpoint("POST", "/api/v1/auth/keys/rotate", "organization:manage",
                        a -> new Call("/api/v1/auth/keys/rotate", null)),
                get("/api/v1/auth/address-throttles", "sign-in-throttle:manage"),
                new Endpoint("DELETE", "/api/v1/auth/address-throttles/{address}", "sign-in-throttle:manage",
                        a -> new Call("/api/v1/auth/address-throttles/"
                                + (a.allowed() ? Tenants.failedSignInAddress() : "192.0.2.1"), null)));
    }

    /** What anyone may call without a token; each call is one that succeeds. */
    private List<Endpoint> publicEndpoints() {
        return List.of(
                new Endpoint("POST", "/api/v1/auth/login", PUBLIC, a -> new Call("/api/v1/auth/login",
                        credentials(Tenants.newMember(org, "STAFF")))),
                new Endpoint("POST", "/api/v1/auth/refresh", PUBLIC, a -> new Call("/api/v1/auth/refresh",
                        "{\"refreshToken\":\"" + refreshToken() + "\"}")),
                new Endpoint("POST", "/api/v1/auth/token", PUBLIC, a -> {
                    Tenants.Client partner = Tenants.newClient(org);
                    return new Call("/api/v1/auth/token", Tenants.clientCredentialsForm(partner), "Content-Type",
                            "application/x-www-form-urlencoded");
                }),
                new Endpoint("POST", "/api/v1/auth/token", PUBLIC, a -> {
                    Tenants.Client partner = Tenants.newClient(org);
                    return new Call("/api/v1/auth/token", """
                            {"grant_type":"client_credentials","client_id":"%s","client_secret":"%s"}"""
                            .formatted(partner.id(), partner.secret()));
                }),
                new Endpoint("POST", "/api/v1/auth/password-reset/request", PUBLIC,
                        a -> new Call("/api/v1/auth/password-reset/request",
                                "{\"email\":\"" + Tenants.newMember(org, "STAFF").email() + "\"}")),
                new Endpoint("POST", "/api/v1/auth/password-reset/confirm", PUBLIC,
                        a -> new Call("/api/v1/auth/password-reset/confirm", "{\"token\":\"" + resetToken()
                                + "\",\"newPassword\":\"another-Passphrase-8\"}")),
                new Endpoint("GET", "/.well-known/openid-configuration", PUBLIC,
                        a -> new Call("/.well-known/openid-configuration", null)),
                new Endpoint("GET", "/oauth2/jwks", PUBLIC, a -> new Call("/oauth2/jwks", null)));
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsWhatTheMatrixGrantsAndA403ProblemForTheRest() {
        return protectedEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
            SoftAssertions softly = new SoftAssertions();
            callers.forEach((role, http) -> {
                boolean allowed = endpoint.permission().equals(SIGNED_IN)
                        || matrix.get(role).contains(endpoint.permission());
                TestHttp.Response r = tryOut(http, endpoint, new Attempt(role, allowed));
                if (allowed) {
                    softly.assertThat(r.status()).as(role + " may: " + r).isBetween(200, 299);
                } else {
                    softly.check(() -> assertProblem(r, 403, "forbidden"));
                }
            });
            TestHttp.Response anonymous = tryOut(E2eSuite.gateway(), endpoint, new Attempt("anonymous", false));
            softly.check(() -> assertProblem(anonymous, 401, "unauthorized"));
            softly.assertAll();
        }));
    }

    @TestFactory
    Stream<DynamicTest> thePublicEndpointsWorkWithoutAToken() {
        return publicEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.operation(), () -> {
            TestHttp.Response r = send(E2eSuite.gateway(), endpoint.call().apply(new Attempt("anonymous", true)),
                    endpoint);
            assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        }));
    }

    /** Only the refresh token is needed: a browser whose access token expired can still end its session. */
    @Test
    void signingOutThroughTheGatewayEndsTheSessionWithoutAnAccessToken() {
        Tenants.Member member = Tenants.newMember(org, "STAFF");
        String refreshToken = ok(E2eSuite.gateway().post("/api/v1/auth/login", credentials(member)), 200)
                .json("$.refreshToken");
        String body = "{\"refreshToken\":\"" + refreshToken + "\"}";
        ok(E2eSuite.gateway().post(SIGN_OUT, body), 204);
        assertProblem(E2eSuite.gateway().post("/api/v1/auth/refresh", body), 401, "invalid-refresh-token");
    }

    @Test
    void theTablesCoverEveryOperationOfAuthService() {
        Map<String, Map<String, Object>> paths = ok(E2eSuite.gateway().get("/v3/api-docs/auth-service"), 200)
                .json("$.paths");
        Set<String> documented = new TreeSet<>();
        // Spring's error page: the gateway routes nothing there
        paths.remove("/error");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> checked = new TreeSet<>();
        Stream.concat(protectedEndpoints().stream(), publicEndpoints().stream())
                .forEach(e -> checked.add(e.operation()));
        checked.add("POST " + SIGN_OUT);
        assertThat(checked).isEqualTo(documented);
    }

    /**
     * A call that got no answer within the client's timeout is named and made once more (with a fresh target where
     * the call creates one): one lost request must not hide what the other checks of the table found, and a
     * second stall still fails the test.
     */
    private static TestHttp.Response tryOut(TestHttp http, Endpoint endpoint, Attempt attempt) {
        try {
            return send(http, endpoint.call().apply(attempt), endpoint);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof HttpTimeoutException)) {
                throw e;
            }
            System.err.printf("%s, tried by %s, got no answer in time; trying once more%n", endpoint, attempt.role());
            return send(http, endpoint.call().apply(attempt), endpoint);
        }
    }

    private static TestHttp.Response send(TestHttp http, Call call, Endpoint endpoint) {
        return http.send(endpoint.method(), call.path(), call.body(), call.headers());
    }

    private static Endpoint get(String path, String permission) {
        return new Endpoint("GET", path, permission, a -> new Call(path, null));
    }

    private static String credentials(Tenants.Member member) {
        return "{\"email\":\"" + member.email() + "\",\"password\":\"" + Tenants.PASSWORD + "\"}";
    }

    private String refreshToken() {
        return ok(E2eSuite.gateway().post("/api/v1/auth/login", credentials(Tenants.newMember(org, "STAFF"))), 200)
                .json("$.refreshToken");
    }

    /**
     * A reset token as its owner gets it: devstack's notifier writes it to auth-service's log, the only way out of
     * the suite it has.
     */
    private String resetToken() {
        String email = Tenants.newMember(org, "STAFF").email();
        ok(E2eSuite.gateway().post("/api/v1/auth/password-reset/request", "{\"email\":\"" + email + "\"}"), 202);
        Pattern notice = Pattern.compile("Password reset for " + Pattern.quote(email) + ": .*?\\(token ([^,\\s]+)");
        return Await.until("the reset notice for " + email + " in auth-service's log", Duration.ofSeconds(10),
                () -> {
                    try {
                        Matcher m = notice.matcher(Files.readString(E2eSuite.get().service("auth-service").log()));
                        return m.find() ? m.group(1) : null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, token -> token != null);
    }
}
