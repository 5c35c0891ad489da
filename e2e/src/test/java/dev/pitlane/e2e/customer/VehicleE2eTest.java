package dev.pitlane.e2e.customer;

import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.pitlane.e2e.Responses.ok;
import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.customer.CustomerData.createCustomer;
import static dev.pitlane.e2e.customer.CustomerData.enc;
import static dev.pitlane.e2e.customer.CustomerData.newPhone;
import static dev.pitlane.e2e.customer.CustomerData.newPlate;
import static dev.pitlane.e2e.customer.CustomerData.newVin;
import static dev.pitlane.e2e.customer.CustomerData.registerVehicle;
import static org.assertj.core.api.Assertions.assertThat;

/** Vehicles through the gateway: registration, search, corrections, ownership, status and odometer. */
class VehicleE2eTest {

    private static TestHttp admin;
    private static String owner;

    @BeforeAll
    static void organization() {
        admin = Tenants.newOrganization().admin();
        owner = createCustomer(admin, "Arjun Reddy", newPhone());
    }

    @Test
    void registersWithNormalizedIdentifiersAndFindsItAgain() {
        String vin = newVin();
        String plate = newPlate();
        String typedPlate = plate.substring(0, 2) + "-" + plate.substring(2, 4) + " "
                + plate.substring(4).toLowerCase();
        var created = ok(admin.post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","registrationNumber":"%s","make":"Tata","model":"Nexon","variant":"XZ+",
                 "year":2023,"fuel":"electric","odometerKm":4200}""".formatted(owner, vin.toLowerCase(), typedPlate)),
                201);
        String id = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/vehicles/" + id);
        var read = ok(admin.get("/api/v1/vehicles/" + id), 200);
        assertThat(read.<String>json("$.vin")).isEqualTo(vin);
        assertThat(read.<String>json("$.registrationNumber")).isEqualTo(plate);
        assertThat(read.<String>json("$.fuel")).isEqualTo("ELECTRIC");
        assertThat(read.<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(read.<Integer>json("$.odometerKm")).isEqualTo(4200);
        assertThat(ok(admin.get("/api/v1/vehicles/" + id + "/odometer-readings"), 200)
                .<List<Integer>>json("$.items[*].readingKm")).containsExactly(4200);

        assertThat(vehicleIds("registrationNumber=" + enc(typedPlate))).containsExactly(id);
        assertThat(vehicleIds("vin=" + vin.toLowerCase())).containsExactly(id);
        assertThat(vehicleIds("customerId=" + owner + "&make=Tata&status=ACTIVE")).contains(id);
        assertThat(vehicleIds("customerId=" + owner + "&status=SCRAPPED")).doesNotContain(id);
    }

    @Test
    void choosesFieldsAndExpandsTheOwner() {
        String id = registerVehicle(admin, owner);
        var one = ok(admin.get("/api/v1/vehicles/" + id + "?fields=id,registrationNumber&expand=customer"), 200);
        assertThat(one.<Map<String, Object>>json("$")).containsOnlyKeys("id", "registrationNumber", "customer");
        assertThat(one.<String>json("$.customer.name")).isEqualTo("Arjun Reddy");
        var list = ok(admin.get("/api/v1/vehicles?customerId=" + owner + "&expand=customer&fields=id"), 200);
        assertThat(list.<List<String>>json("$.items[*].customer.id")).isNotEmpty().allMatch(owner::equals);
        assertThat(assertProblem(admin.get("/api/v1/vehicles/" + id + "?expand=owner"), 400, "validation-failed")
                .<String>json("$.errors[0].field")).isEqualTo("expand");
    }

    @Test
    void invalidVehiclesAreProblemsNamingEachField() {
        var invalid = assertProblem(admin.post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"MA3EWDE1O00123456","make":"","model":"Swift","year":1800,"fuel":"STEAM"}"""
                .formatted(owner)), 400, "validation-failed");
        assertThat(invalid.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("vin", "make", "year",
                "fuel");
        var noIdentifier = assertProblem(admin.post("/api/v1/vehicles", """
                {"customerId":"%s","make":"Kia","model":"Seltos"}""".formatted(owner)), 400, "validation-failed");
        assertThat(noIdentifier.<List<String>>json("$.errors[*].field")).containsExactly("vin");
        var noOwner = assertProblem(admin.post("/api/v1/vehicles", """
                {"vin":"%s","make":"Kia","model":"Seltos"}""".formatted(newVin())), 400, "validation-failed");
        assertThat(noOwner.<String>json("$.errors[0].field")).isEqualTo("customerId");
    }

    @Test
    void vinAndRegistrationNumberAreUniqueAndA409NamesTheField() {
        String vin = newVin();
        String plate = newPlate();
        String id = registerVehicle(admin, owner, vin, plate);
        var sameVin = assertProblem(admin.post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","make":"Kia","model":"Seltos"}""".formatted(owner, vin.toLowerCase())),
                409, "duplicate");
        assertThat(sameVin.<String>json("$.errors[0].field")).isEqualTo("vin");
        var samePlate = assertProblem(admin.post("/api/v1/vehicles", """
                {"customerId":"%s","registrationNumber":"%s","make":"Kia","model":"Seltos"}""".formatted(owner,
                plate.substring(0, 4) + " " + plate.substring(4))), 409, "duplicate");
        assertThat(samePlate.<String>json("$.errors[0].field")).isEqualTo("registrationNumber");

        String other = registerVehicle(admin, owner);
        var v = ok(admin.get("/api/v1/vehicles/" + other), 200);
        var correctedToTaken = assertProblem(admin.put("/api/v1/vehicles/" + other, """
                {"vin":"%s","registrationNumber":"%s","make":"Hyundai","model":"Creta","year":2021,"fuel":"DIESEL",
                 "version":%d}""".formatted(v.json("$.vin"), plate, v.<Integer>json("$.version"))), 409, "duplicate");
        assertThat(correctedToTaken.<String>json("$.errors[0].field")).isEqualTo("registrationNumber");
        assertThat(ok(admin.get("/api/v1/vehicles/" + id), 200).<String>json("$.registrationNumber")).isEqualTo(plate);
    }

    @Test
    void correctionsNeedTheVersionTheyWereReadAt() {
        String id = registerVehicle(admin, owner);
        var v = ok(admin.get("/api/v1/vehicles/" + id), 200);
        String body = """
                {"vin":"%s","registrationNumber":"%s","make":"Hyundai","model":"Creta","variant":"SX(O)","year":2021,
                 "fuel":"DIESEL","version":%d}""".formatted(v.json("$.vin"), v.json("$.registrationNumber"),
                v.<Integer>json("$.version"));
        var updated = ok(admin.put("/api/v1/vehicles/" + id, body), 200);
        assertThat(updated.<String>json("$.variant")).isEqualTo("SX(O)");
        assertProblem(admin.put("/api/v1/vehicles/" + id, body), 409, "concurrent-modification");
        assertThat(ok(admin.get("/api/v1/vehicles/" + id), 200).<String>json("$.variant")).isEqualTo("SX(O)");
    }

    @Test
    void anOwnershipTransferKeepsTheHistory() {
        String seller = createCustomer(admin, "First Owner", newPhone());
        String buyer = createCustomer(admin, "Second Owner", newPhone());
        String id = registerVehicle(admin, seller);
        var moved = ok(admin.post("/api/v1/vehicles/" + id + "/ownership-transfers", """
                {"customerId":"%s","note":"sold"}""".formatted(buyer)), 200);
        assertThat(moved.<String>json("$.customerId")).isEqualTo(buyer);
        var history = ok(admin.get("/api/v1/vehicles/" + id + "/ownerships"), 200);
        assertThat(history.<List<String>>json("$[*].customerId")).containsExactly(buyer, seller);
        assertThat(history.<String>json("$[0].endedAt")).isNull();
        assertThat(history.<String>json("$[1].endedAt")).isNotNull();
        assertProblem(admin.post("/api/v1/vehicles/" + id + "/ownership-transfers", """
                {"customerId":"%s"}""".formatted(buyer)), 409, "same-owner");
        assertThat(ok(admin.get("/api/v1/customers/" + seller + "?expand=vehicles"), 200)
                .<List<Object>>json("$.vehicles")).isEmpty();
        assertThat(ok(admin.get("/api/v1/customers/" + buyer + "?expand=vehicles"), 200)
                .<List<String>>json("$.vehicles[*].id")).containsExactly(id);
    }

    @Test
    void statusFollowsItsTransitions() {
        String id = registerVehicle(admin, owner);
        assertThat(status(id, "IN_SERVICE").<String>json("$.status")).isEqualTo("IN_SERVICE");
        assertThat(status(id, "READY_FOR_DELIVERY").<String>json("$.status")).isEqualTo("READY_FOR_DELIVERY");
        assertProblem(admin.post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"SCRAPPED\"}"), 409,
                "illegal-status-transition");
        assertThat(status(id, "ACTIVE").<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(admin.post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"FLYING\"}").status())
                .isEqualTo(400);
        assertThat(vehicleIds("customerId=" + owner + "&status=ACTIVE")).contains(id);
    }

    @Test
    void theOdometerNeverGoesDownUnlessCorrectedAndPagesByCursor() {
        String id = registerVehicle(admin, owner);
        ok(admin.post("/api/v1/vehicles/" + id + "/odometer-readings", "{\"readingKm\":16000}"), 201);
        var lower = assertProblem(admin.post("/api/v1/vehicles/" + id + "/odometer-readings", "{\"readingKm\":15500}"),
                400, "validation-failed");
        assertThat(lower.<String>json("$.errors[0].field")).isEqualTo("readingKm");
        ok(admin.post("/api/v1/vehicles/" + id + "/odometer-readings",
                "{\"readingKm\":15500,\"correction\":true,\"note\":\"typo at the counter\"}"), 201);
        assertThat(ok(admin.get("/api/v1/vehicles/" + id), 200).<Integer>json("$.odometerKm")).isEqualTo(15500);
        var first = ok(admin.get("/api/v1/vehicles/" + id + "/odometer-readings?limit=2"), 200);
        assertThat(first.<List<Integer>>json("$.items[*].readingKm")).containsExactly(15500, 16000);
        var rest = ok(admin.get("/api/v1/vehicles/" + id + "/odometer-readings?limit=2&cursor=" + first.json("$.next")),
                200);
        assertThat(rest.<List<Integer>>json("$.items[*].readingKm")).containsExactly(15000);
        assertThat(rest.<String>json("$.next")).isNull();
    }

    private static TestHttp.Response status(String id, String status) {
        return ok(admin.post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"" + status + "\"}"), 200);
    }

    private static List<String> vehicleIds(String query) {
        return ok(admin.get("/api/v1/vehicles?size=100&" + query), 200).json("$.items[*].id");
    }
}
