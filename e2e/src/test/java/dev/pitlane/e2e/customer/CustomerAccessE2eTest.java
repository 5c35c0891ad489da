package dev.pitlane.e2e.customer;

import dev.pitlane.devstack.Suite;
import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.pitlane.e2e.Responses.ok;
import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.customer.CustomerData.createCustomer;
import static dev.pitlane.e2e.customer.CustomerData.enc;
import static dev.pitlane.e2e.customer.CustomerData.newPhone;
import static dev.pitlane.e2e.customer.CustomerData.newPlate;
import static dev.pitlane.e2e.customer.CustomerData.newVin;
import static dev.pitlane.e2e.customer.CustomerData.registerVehicle;
import static dev.pitlane.e2e.customer.CustomerData.upload;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what to customer-service's records: other organizations nothing, each role what its token allows. */
class CustomerAccessE2eTest {

    private static final String DEMO_MOTORS = "7e57da7a-0000-4000-8000-000000000001";

    @Test
    void anotherOrganizationCanNeitherSeeNorChangeDemoMotorsRecords() {
        TestHttp owner = E2eSuite.as("admin@demo-motors.local");
        String phone = newPhone();
        String vin = newVin();
        String plate = newPlate();
        String customer = createCustomer(owner, "Private Person", phone);
        String vehicle = registerVehicle(owner, customer, vin, plate);
        String feedback = ok(owner.post("/api/v1/feedback", """
                {"customerId":"%s","vehicleId":"%s","visitDate":"%s","rating":3}"""
                .formatted(customer, vehicle, LocalDate.now())), 201).json("$.id");
        String deletedPhone = newPhone();
        String deleted = createCustomer(owner, "Deleted Person", deletedPhone);
        ok(owner.delete("/api/v1/customers/" + deleted), 204);

        TestHttp stranger = Tenants.newOrganization().admin();
        String rivalCustomer = createCustomer(stranger, "Rival Customer", newPhone());
        String rivalVehicle = registerVehicle(stranger, rivalCustomer);

        for (String path : List.of("/customers/" + customer, "/customers/" + customer + "?expand=vehicles",
                "/customers/" + deleted, "/vehicles/" + vehicle, "/vehicles/" + vehicle + "?expand=customer",
                "/vehicles/" + vehicle + "/ownerships", "/vehicles/" + vehicle + "/odometer-readings",
                "/vehicles/" + vehicle + "/service-history", "/feedback/" + feedback)) {
            assertProblem(stranger.get("/api/v1" + path), 404, "not-found");
        }
        assertProblem(stranger.put("/api/v1/customers/" + customer, """
                {"type":"INDIVIDUAL","name":"Hijacked","phone":"%s","version":0}""".formatted(newPhone())), 404,
                "not-found");
        assertProblem(stranger.delete("/api/v1/customers/" + customer), 404, "not-found");
        assertProblem(stranger.post("/api/v1/customers/" + deleted + "/restore", null), 404, "not-found");
        assertProblem(stranger.put("/api/v1/vehicles/" + vehicle, """
                {"vin":"%s","registrationNumber":"%s","make":"Fake","model":"Fake","version":0}"""
                .formatted(vin, plate)), 404, "not-found");
        assertProblem(stranger.post("/api/v1/vehicles/" + vehicle + "/ownership-transfers",
                "{\"customerId\":\"" + rivalCustomer + "\"}"), 404, "not-found");
        assertProblem(stranger.post("/api/v1/vehicles/" + vehicle + "/status", "{\"status\":\"SCRAPPED\"}"), 404,
                "not-found");
        assertProblem(stranger.post("/api/v1/vehicles/" + vehicle + "/odometer-readings", "{\"readingKm\":999999}"),
                404, "not-found");
        assertProblem(stranger.post("/api/v1/feedback/" + feedback + "/response", "{\"response\":\"ours now\"}"), 404,
                "not-found");

        for (String search : List.of("customers?phone=" + enc(phone), "customers?vin=" + vin,
                "customers?registrationNumber=" + plate, "customers?deleted=true&phone=" + enc(deletedPhone),
                "customers?q=" + enc("Private Person"), "vehicles?vin=" + vin, "vehicles?customerId=" + customer,
                "feedback?customerId=" + customer)) {
            assertThat(ok(stranger.get("/api/v1/" + search), 200).<List<Object>>json("$.items")).as(search).isEmpty();
        }
        assertThat(assertProblem(stranger.post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","make":"Kia","model":"Seltos"}""".formatted(customer, newVin())), 400,
                "validation-failed").<String>json("$.errors[0].field")).isEqualTo("customerId");
        assertThat(assertProblem(stranger.post("/api/v1/vehicles/" + rivalVehicle + "/ownership-transfers",
                "{\"customerId\":\"" + customer + "\"}"), 400, "validation-failed")
                .<String>json("$.errors[0].field")).isEqualTo("customerId");
        assertThat(assertProblem(stranger.post("/api/v1/feedback", """
                {"customerId":"%s","visitDate":"%s","rating":1}""".formatted(customer, LocalDate.now())), 400,
                "validation-failed").<String>json("$.errors[0].field")).isEqualTo("customerId");

        // phone, VIN and plate are unique within an organization only
        createCustomer(stranger, "Same Phone Elsewhere", phone);
        registerVehicle(stranger, rivalCustomer, vin, plate);

        var untouched = ok(owner.get("/api/v1/customers/" + customer + "?expand=vehicles"), 200);
        assertThat(untouched.<String>json("$.name")).isEqualTo("Private Person");
        assertThat(untouched.<Integer>json("$.version")).isZero();
        assertThat(untouched.<List<String>>json("$.vehicles[*].id")).containsExactly(vehicle);
        var car = ok(owner.get("/api/v1/vehicles/" + vehicle), 200);
        assertThat(car.<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(car.<Integer>json("$.odometerKm")).isEqualTo(15000);
        assertThat(ok(owner.get("/api/v1/feedback/" + feedback), 200).<String>json("$.response")).isNull();
        assertProblem(owner.get("/api/v1/customers/" + deleted), 404, "not-found");
        assertThat(ok(owner.get("/api/v1/customers?phone=" + enc(phone)), 200).<List<String>>json("$.items[*].id"))
                .containsExactly(customer);
    }

    @Test
    void eachRoleGetsExactlyWhatThePermissionsInItsTokenAllow() {
        Tenants.Org demo = new Tenants.Org(DEMO_MOTORS, "Demo Motors", E2eSuite.as("admin@demo-motors.local"));
        Fixtures shared = Fixtures.create(demo.admin());
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : List.of("admin", "advisor", "technician", "storekeeper", "procurement", "accountant")) {
            tokens.put(user, E2eSuite.login(user + "@demo-motors.local"));
        }
        tokens.put("staff", E2eSuite.login(Tenants.newMember(demo, "STAFF").email(), Tenants.PASSWORD));
        tokens.put("superadmin", E2eSuite.login(Suite.SUPER_ADMIN));

        SoftAssertions softly = new SoftAssertions();
        Map<String, Set<Boolean>> outcomes = new LinkedHashMap<>();
        for (var user : tokens.entrySet()) {
            @SuppressWarnings("unchecked")
            List<String> claimed = (List<String>) TestTokens.claimsOf(user.getValue()).get("permissions");
            Set<String> permissions = Set.copyOf(claimed);
            TestHttp as = E2eSuite.gateway().withToken(user.getValue());
            Fixtures own = Fixtures.create(demo.admin());
            for (Call call : calls()) {
                boolean allowed = permissions.containsAll(call.needs());
                var r = call.run().apply(new Target(as, shared, own));
                softly.assertThat(r.status())
                        .as("%s: %s (needs %s) -> %s", user.getKey(), call.operation(), call.needs(), r)
                        .isEqualTo(allowed ? call.success() : 403);
                if (!allowed) {
                    softly.assertThat(r.<String>json("$.code")).as("%s: %s", user.getKey(), call.operation())
                            .isEqualTo("forbidden");
                }
                outcomes.computeIfAbsent(call.operation(), c -> new HashSet<>()).add(allowed);
            }
        }
        softly.assertAll();
        assertThat(outcomes.values()).as("every call was allowed to some users and refused to others")
                .allMatch(seen -> seen.equals(Set.of(true, false)));
        assertProblem(E2eSuite.gateway().get("/api/v1/customers"), 401, "unauthorized");
    }

    @Test
    void theRoleCheckCoversEveryOperationTheServiceDocuments() {
        var docs = ok(E2eSuite.gateway().get("/v3/api-docs/customer-service"), 200);
        Map<String, Map<String, Object>> paths = docs.json("$.paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        Set<String> checked = calls().stream().map(Call::documented).collect(Collectors.toCollection(TreeSet::new));
        assertThat(checked).isEqualTo(documented);
    }

    /** One endpoint: what it needs, what it answers when allowed, and how to call it. */
    /** One endpoint ({@code operation}: method and path template, maybe a query that needs more), who may call it. */
    private record Call(String operation, Set<String> needs, int success, Function<Target, TestHttp.Response> run) {

        /** The operation as the OpenAPI document names it. */
        String documented() {
            return operation.replaceFirst("\\?.*", "");
        }
    }

    private record Target(TestHttp as, Fixtures shared, Fixtures own) {
    }

    /**
     * What the calls work on: records every caller only reads are shared; records a call changes are made afresh
     * for each caller, so an allowed change never depends on who went before.
     */
    private record Fixtures(String customer, String vehicle, String vin, String plate, String feedback,
                            String deletedCustomer) {

        static final AtomicInteger KILOMETRES = new AtomicInteger(20_000);

        static Fixtures create(TestHttp admin) {
            String customerId = createCustomer(admin, "Access Check", newPhone());
            String vinValue = newVin();
            String plateValue = newPlate();
            String vehicleId = registerVehicle(admin, customerId, vinValue, plateValue);
            String feedbackId = ok(admin.post("/api/v1/feedback", """
                    {"customerId":"%s","visitDate":"%s","rating":4}""".formatted(customerId, LocalDate.now())), 201)
                    .json("$.id");
            String gone = createCustomer(admin, "Access Deleted", newPhone());
            ok(admin.delete("/api/v1/customers/" + gone), 204);
            return new Fixtures(customerId, vehicleId, vinValue, plateValue, feedbackId, gone);
        }
    }

    private static List<Call> calls() {
        String today = LocalDate.now().toString();
        return List.of(
                new Call("POST /api/v1/customers", Set.of("customer:write"), 201, t -> t.as().post("/api/v1/customers",
                        "{\"type\":\"INDIVIDUAL\",\"name\":\"Role Check\",\"phone\":\"" + newPhone() + "\"}")),
                new Call("GET /api/v1/customers/{id}", Set.of("customer:read"), 200,
                        t -> t.as().get("/api/v1/customers/" + t.shared().customer())),
                new Call("GET /api/v1/customers/{id}?expand=vehicles", Set.of("customer:read", "vehicle:read"), 200,
                        t -> t.as().get("/api/v1/customers/" + t.shared().customer() + "?expand=vehicles")),
                new Call("GET /api/v1/customers", Set.of("customer:read"), 200,
                        t -> t.as().get("/api/v1/customers?q=access")),
                new Call("PUT /api/v1/customers/{id}", Set.of("customer:write"), 200,
                        t -> t.as().put("/api/v1/customers/" + t.own().customer(), """
                                {"type":"INDIVIDUAL","name":"Access Changed","phone":"%s","version":0}"""
                                .formatted(newPhone()))),
                new Call("DELETE /api/v1/customers/{id}", Set.of("customer:delete"), 204,
                        t -> t.as().delete("/api/v1/customers/" + t.own().customer())),
                new Call("POST /api/v1/customers/{id}/restore", Set.of("customer:delete"), 200,
                        t -> t.as().post("/api/v1/customers/" + t.own().deletedCustomer() + "/restore", null)),
                new Call("GET /api/v1/customers/export", Set.of("customer:import"), 200,
                        t -> t.as().get("/api/v1/customers/export")),
                new Call("POST /api/v1/customer-imports", Set.of("customer:import"), 200,
                        t -> upload(t.as(), "one.csv", "text/csv",
                                ("name,phone\nImported Once," + newPhone() + "\n").getBytes(StandardCharsets.UTF_8))),
                new Call("POST /api/v1/vehicles", Set.of("vehicle:write"), 201, t -> t.as().post("/api/v1/vehicles", """
                        {"customerId":"%s","vin":"%s","make":"Kia","model":"Sonet"}"""
                        .formatted(t.shared().customer(), newVin()))),
                new Call("GET /api/v1/vehicles/{id}", Set.of("vehicle:read"), 200,
                        t -> t.as().get("/api/v1/vehicles/" + t.shared().vehicle())),
                new Call("GET /api/v1/vehicles/{id}?expand=customer", Set.of("vehicle:read", "customer:read"), 200,
                        t -> t.as().get("/api/v1/vehicles/" + t.shared().vehicle() + "?expand=customer")),
                new Call("GET /api/v1/vehicles", Set.of("vehicle:read"), 200,
                        t -> t.as().get("/api/v1/vehicles?vin=" + t.shared().vin())),
                new Call("PUT /api/v1/vehicles/{id}", Set.of("vehicle:write"), 200,
                        t -> t.as().put("/api/v1/vehicles/" + t.own().vehicle(), """
                                {"vin":"%s","registrationNumber":"%s","make":"Hyundai","model":"Creta","variant":"SX",
                                 "version":0}""".formatted(t.own().vin(), t.own().plate()))),
                new Call("POST /api/v1/vehicles/{id}/ownership-transfers", Set.of("vehicle:write"), 200,
                        t -> t.as().post("/api/v1/vehicles/" + t.own().vehicle() + "/ownership-transfers",
                                "{\"customerId\":\"" + t.shared().customer() + "\"}")),
                new Call("GET /api/v1/vehicles/{id}/ownerships", Set.of("vehicle:read"), 200,
                        t -> t.as().get("/api/v1/vehicles/" + t.shared().vehicle() + "/ownerships")),
                new Call("POST /api/v1/vehicles/{id}/status", Set.of("vehicle:write"), 200,
                        t -> t.as().post("/api/v1/vehicles/" + t.own().vehicle() + "/status",
                                "{\"status\":\"IN_SERVICE\"}")),
                new Call("POST /api/v1/vehicles/{id}/odometer-readings", Set.of("vehicle:write"), 201,
                        t -> t.as().post("/api/v1/vehicles/" + t.shared().vehicle() + "/odometer-readings",
                                "{\"readingKm\":" + Fixtures.KILOMETRES.addAndGet(100) + "}")),
                new Call("GET /api/v1/vehicles/{id}/odometer-readings", Set.of("vehicle:read"), 200,
                        t -> t.as().get("/api/v1/vehicles/" + t.shared().vehicle() + "/odometer-readings")),
                new Call("GET /api/v1/vehicles/{id}/service-history", Set.of("vehicle:read"), 200,
                        t -> t.as().get("/api/v1/vehicles/" + t.shared().vehicle() + "/service-history")),
                new Call("POST /api/v1/feedback", Set.of("feedback:write"), 201, t -> t.as().post("/api/v1/feedback", """
                        {"customerId":"%s","visitDate":"%s","rating":5}""".formatted(t.shared().customer(), today))),
                new Call("GET /api/v1/feedback/{id}", Set.of("feedback:read"), 200,
                        t -> t.as().get("/api/v1/feedback/" + t.shared().feedback())),
                new Call("GET /api/v1/feedback", Set.of("feedback:read"), 200,
                        t -> t.as().get("/api/v1/feedback?customerId=" + t.shared().customer())),
                new Call("POST /api/v1/feedback/{id}/response", Set.of("feedback:respond"), 200,
                        t -> t.as().post("/api/v1/feedback/" + t.own().feedback() + "/response",
                                "{\"response\":\"Thank you!\"}")));
    }
}
