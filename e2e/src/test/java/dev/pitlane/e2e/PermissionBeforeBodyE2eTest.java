package dev.pitlane.e2e;

import com.jayway.jsonpath.JsonPath;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller without the permission hears 403 before anything about the body: for every write endpoint of every
 * service, as the OpenAPI documents the gateway serves list them, a demo user whose role (auth-service's permission
 * matrix, as the issued token carries it) lacks the endpoint's permission sends bodies that are wrong in every way
 * (an unknown field, malformed JSON, a malformed upload), without an Idempotency-Key, and gets 403 {@code forbidden}.
 */
class PermissionBeforeBodyE2eTest {

    private static final List<String> SERVICES = List.of("auth-service", "customer-service", "inventory-service",
            "procurement-service", "billing-service", "workshop-service", "reporting-service");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /** The fewest permissions first, so that most endpoints are tried by the least trusted role. */
    private static final List<String> DEMO_USERS = List.of("technician", "accountant", "advisor", "storekeeper",
            "procurement");

    /**
     * Writes any signed-in caller (or nobody) may make: signing in and out, one's own profile and password, a
     * password reset, the client-credentials token endpoint; and a payment provider's webhook, which is signed
     * instead of signed in. Every other write must name its permission.
     */
    private static final Set<String> OPEN_TO_EVERY_CALLER = Set.of("POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout", "POST /api/v1/auth/token",
            "POST /api/v1/auth/password-reset/request", "POST /api/v1/auth/password-reset/confirm",
            "PATCH /api/v1/users/me", "POST /api/v1/users/me/password",
            "POST /api/v1/payment-webhooks/{provider}");

    private record Caller(String user, TestHttp http, Set<String> permissions) {
    }

    @Test
    void everyWriteEndpointRefusesACallerWithoutItsPermissionBeforeReadingTheBody() {
        List<Caller> callers = DEMO_USERS.stream().map(PermissionBeforeBodyE2eTest::caller).toList();
        List<String> failures = new ArrayList<>();
        Set<String> undeclared = new TreeSet<>();
        Set<String> heldByEveryRole = new TreeSet<>();
        int checked = 0;
        for (String service : SERVICES) {
            var docs = E2eSuite.gateway().get("/v3/api-docs/" + service);
            assertThat(docs.status()).as(service + " " + docs).isEqualTo(200);
            Map<String, Map<String, Map<String, Object>>> paths = docs.json("$.paths");
            for (var path : paths.entrySet()) {
                for (var operation : path.getValue().entrySet()) {
                    if (!WRITES.contains(operation.getKey())) {
                        continue;
                    }
                    String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
                    Collection<String> needed = permissions(operation.getValue());
                    if (needed.isEmpty()) {
                        undeclared.add(endpoint);
                        continue;
                    }
                    Optional<Caller> without = callers.stream()
                            .filter(c -> needed.stream().noneMatch(c.permissions()::contains)).findFirst();
                    if (without.isEmpty()) {
                        heldByEveryRole.add(endpoint);
                        continue;
                    }
                    for (Request bad : badRequests(operation.getValue())) {
                        var r = without.get().http().send(operation.getKey().toUpperCase(), concrete(path.getKey()),
                                bad.body(), bad.headers());
                        checked++;
                        if (r.status() != 403 || !"forbidden".equals(r.json("$.code"))) {
                            failures.add(endpoint + " as " + without.get().user() + " (needs " + needed + ") with "
                                    + bad.what() + " → " + r);
                        }
                    }
                }
            }
        }
        assertThat(failures).as("writes that answered something other than 403 to a caller without the permission")
                .isEmpty();
        assertThat(undeclared).as("write endpoints that name no permission (@PreAuthorize)")
                .isSubsetOf(OPEN_TO_EVERY_CALLER);
        // a permission every demo role holds cannot be tried here; none does today, so say so if one ever does
        System.out.println(checked + " refused requests tried; writes no demo role is refused (not tried): "
                + heldByEveryRole);
        assertThat(checked).as("requests tried").isGreaterThan(100);
    }

    private record Request(String what, String body, String... headers) {
    }

    /** Bodies wrong in every way the endpoint could notice, each of which a permitted caller would get a 400 for. */
    private static List<Request> badRequests(Map<String, Object> operation) {
        Set<String> contentTypes = contentTypes(operation);
        if (contentTypes.isEmpty()) {
            return List.of(new Request("no body", null));
        }
        if (contentTypes.stream().anyMatch(t -> t.startsWith("multipart/"))) {
            return List.of(new Request("a malformed upload", "--b\r\nnot a part",
                    "Content-Type", "multipart/form-data; boundary=b"));
        }
        if (contentTypes.contains("application/x-www-form-urlencoded")) {
            return List.of(new Request("a form without its fields", "a=b",
                    "Content-Type", "application/x-www-form-urlencoded"));
        }
        return List.of(new Request("an unknown field", "{\"notAField\":true}"),
                new Request("malformed JSON", "{\"name\": "));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> contentTypes(Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        if (!(body instanceof Map<?, ?> requestBody) || !(requestBody.get("content") instanceof Map<?, ?> content)) {
            return Set.of();
        }
        return new TreeSet<>((Set<String>) content.keySet());
    }

    /** The permissions the platform lists for an operation (any one of them lets a caller in). */
    @SuppressWarnings("unchecked")
    private static Collection<String> permissions(Map<String, Object> operation) {
        Object listed = operation.get("x-permissions");
        return listed instanceof Collection<?> c ? (Collection<String>) c : List.of();
    }

    /** Path variables filled with ids nobody has: the answer must not depend on them. */
    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static Caller caller(String user) {
        String token = E2eSuite.login(user + "@demo-motors.local");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Object claim = JsonPath.read(payload, "$.permissions");
        Set<String> permissions = claim instanceof Collection<?> list
                ? new TreeSet<>(list.stream().map(String::valueOf).toList())
                : new TreeSet<>(Arrays.asList(String.valueOf(claim).split(" ")));
        return new Caller(user, E2eSuite.gateway().withToken(token), permissions);
    }
}
