package dev.pitlane.customer.vehicle;

import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleApiTest extends IntegrationTest {

    private final UUID org = UUID.randomUUID();

    @Test
    void registersAVehicleWithNormalizedIdentifiersAndAFirstReading() {
        String customer = createCustomer(admin(org), "Arjun Reddy", newPhone());
        String vin = newVin();
        String plate = newPlate();
        String typedPlate = plate.substring(0, 2) + "-" + plate.substring(2, 4) + " " + plate.substring(4).toLowerCase();
        var r = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","registrationNumber":"%s","make":"Tata","model":"Nexon","variant":"XZ+",
                 "year":2023,"fuel":"electric","odometerKm":4200}""".formatted(customer, vin.toLowerCase(), typedPlate));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.<String>json("$.vin")).isEqualTo(vin);
        assertThat(r.<String>json("$.registrationNumber")).isEqualTo(plate);
        assertThat(r.<String>json("$.fuel")).isEqualTo("ELECTRIC");
        assertThat(r.<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(r.<Integer>json("$.odometerKm")).isEqualTo(4200);
        String id = r.json("$.id");
        assertThat(admin(org).get("/api/v1/vehicles/" + id + "/odometer-readings").<List<Integer>>json("$.items[*].readingKm"))
                .containsExactly(4200);
        assertThat(admin(org).get("/api/v1/vehicles?registrationNumber=" + typedPlate.replace(" ", "%20"))
                .<List<String>>json("$.items[*].id")).containsExactly(id);
    }

    @Test
    void invalidVehiclesAreRefusedNamingEachField() {
        String customer = createCustomer(admin(org), "Validation Owner", newPhone());
        var r = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"MA3EWDE1O00123456","make":"","model":"Swift","year":1800,"fuel":"STEAM"}"""
                .formatted(customer));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("vin", "make", "year", "fuel");
        var none = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","make":"Kia","model":"Seltos"}""".formatted(customer));
        assertThat(none.<List<String>>json("$.errors[*].field")).containsExactly("vin");
        var shortVin = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"MA3EWDE1S0012345","make":"Kia","model":"Seltos"}""".formatted(customer));
        assertThat(shortVin.<String>json("$.errors[0].message")).contains("17");
        var stranger = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","make":"Kia","model":"Seltos"}""".formatted(
                createCustomer(admin(UUID.randomUUID()), "Elsewhere", newPhone()), newVin()));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.<String>json("$.errors[0].field")).isEqualTo("customerId");
    }

    @Test
    void vinAndPlateAreUniqueInTheOrganization() {
        String customer = createCustomer(admin(org), "Unique Owner", newPhone());
        String vin = newVin();
        String plate = newPlate();
        registerVehicle(admin(org), customer, vin, plate);
        var sameVin = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","make":"Kia","model":"Seltos"}""".formatted(customer, vin));
        assertThat(sameVin.status()).isEqualTo(409);
        assertThat(sameVin.<String>json("$.errors[0].field")).isEqualTo("vin");
        var samePlate = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","registrationNumber":"%s","make":"Kia","model":"Seltos"}""".formatted(customer,
                plate.toLowerCase()));
        assertThat(samePlate.status()).isEqualTo(409);
        assertThat(samePlate.<String>json("$.errors[0].field")).isEqualTo("registrationNumber");
    }

    @Test
    void expandsTheCustomerAndChoosesFields() {
        String customer = createCustomer(admin(org), "Expand Owner", newPhone());
        String id = registerVehicle(admin(org), customer, newVin(), newPlate());
        var r = admin(org).get("/api/v1/vehicles/" + id + "?expand=customer&fields=id,registrationNumber");
        assertThat(r.<Map<String, Object>>json("$")).containsOnlyKeys("id", "registrationNumber", "customer");
        assertThat(r.<String>json("$.customer.name")).isEqualTo("Expand Owner");
        var list = admin(org).get("/api/v1/vehicles?customerId=" + customer + "&expand=customer");
        assertThat(list.<String>json("$.items[0].customer.id")).isEqualTo(customer);
        assertThat(as(org, "vehicle:read").get("/api/v1/vehicles/" + id + "?expand=customer").status()).isEqualTo(403);
    }

    @Test
    void ownershipTransferKeepsTheHistory() {
        String first = createCustomer(admin(org), "First Owner", newPhone());
        String second = createCustomer(admin(org), "Second Owner", newPhone());
        String id = registerVehicle(admin(org), first, newVin(), newPlate());
        var r = admin(org).post("/api/v1/vehicles/" + id + "/ownership-transfers", """
                {"customerId":"%s","note":"sold"}""".formatted(second));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.<String>json("$.customerId")).isEqualTo(second);
        assertThat(admin(org).get("/api/v1/vehicles/" + id).<String>json("$.customerId")).isEqualTo(second);
        var history = admin(org).get("/api/v1/vehicles/" + id + "/ownerships");
        assertThat(history.<List<String>>json("$[*].customerId")).containsExactly(second, first);
        assertThat(history.<String>json("$[0].endedAt")).isNull();
        assertThat(history.<String>json("$[1].endedAt")).isNotNull();
        assertThat(admin(org).post("/api/v1/vehicles/" + id + "/ownership-transfers", """
                {"customerId":"%s"}""".formatted(second)).<String>json("$.code")).isEqualTo("same-owner");
        assertThat(admin(org).get("/api/v1/customers/" + first + "?expand=vehicles").<List<Object>>json("$.vehicles"))
                .isEmpty();
    }

    @Test
    void statusFollowsItsTransitions() {
        String id = registerVehicle(admin(org), createCustomer(admin(org), "Status Owner", newPhone()), newVin(),
                newPlate());
        assertThat(status(id, "IN_SERVICE").<String>json("$.status")).isEqualTo("IN_SERVICE");
        assertThat(status(id, "READY_FOR_DELIVERY").<String>json("$.status")).isEqualTo("READY_FOR_DELIVERY");
        var illegal = status(id, "SCRAPPED");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.<String>json("$.code")).isEqualTo("illegal-status-transition");
        assertThat(status(id, "ACTIVE").status()).isEqualTo(200);
        assertThat(status(id, "FLYING").status()).isEqualTo(400);
    }

    @Test
    void odometerNeverGoesDownUnlessCorrected() {
        String id = registerVehicle(admin(org), createCustomer(admin(org), "Km Owner", newPhone()), newVin(), newPlate());
        assertThat(reading(id, 16000, false).status()).isEqualTo(201);
        var lower = reading(id, 15500, false);
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.<String>json("$.errors[0].code")).isEqualTo("Decreasing");
        assertThat(reading(id, 15500, true).status()).isEqualTo(201);
        assertThat(admin(org).get("/api/v1/vehicles/" + id).<Integer>json("$.odometerKm")).isEqualTo(15500);
        var first = admin(org).get("/api/v1/vehicles/" + id + "/odometer-readings?limit=2");
        assertThat(first.<List<Integer>>json("$.items[*].readingKm")).containsExactly(15500, 16000);
        var rest = admin(org).get("/api/v1/vehicles/" + id + "/odometer-readings?limit=2&cursor=" + first.json("$.next"));
        assertThat(rest.<List<Integer>>json("$.items[*].readingKm")).containsExactly(15000);
        assertThat(rest.<String>json("$.next")).isNull();
        assertThat(admin(org).get("/api/v1/vehicles/" + id + "/odometer-readings?cursor=garbage").status()).isEqualTo(400);
    }

    @Test
    void updateCorrectsDetailsAtTheCurrentVersion() {
        String id = registerVehicle(admin(org), createCustomer(admin(org), "Edit Owner", newPhone()), newVin(), newPlate());
        var v = admin(org).get("/api/v1/vehicles/" + id);
        String body = """
                {"vin":"%s","registrationNumber":"%s","make":"Hyundai","model":"Creta","variant":"SX(O)","year":2021,
                 "fuel":"DIESEL","version":%d}""".formatted(v.json("$.vin"), v.json("$.registrationNumber"),
                v.<Integer>json("$.version"));
        var updated = admin(org).put("/api/v1/vehicles/" + id, body);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.<String>json("$.variant")).isEqualTo("SX(O)");
        assertThat(admin(org).put("/api/v1/vehicles/" + id, body).status()).isEqualTo(409);
    }

    @Test
    void anotherOrganizationsVehicleIs404AndPermissionsAreChecked() {
        String id = registerVehicle(admin(org), createCustomer(admin(org), "Tenant Owner", newPhone()), newVin(),
                newPlate());
        TestHttp stranger = admin(UUID.randomUUID());
        assertThat(stranger.get("/api/v1/vehicles/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/vehicles/" + id + "/ownerships").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/vehicles/" + id + "/service-history").status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"INACTIVE\"}").status())
                .isEqualTo(404);
        assertThat(stranger.post("/api/v1/vehicles/" + id + "/odometer-readings", "{\"readingKm\":99999}").status())
                .isEqualTo(404);
        TestHttp reader = as(org, "vehicle:read");
        assertThat(reader.get("/api/v1/vehicles/" + id).status()).isEqualTo(200);
        assertThat(reader.post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"INACTIVE\"}").status())
                .isEqualTo(403);
        assertThat(as(org, "customer:read").get("/api/v1/vehicles/" + id).status()).isEqualTo(403);
        assertThat(as(org, "vehicle:read").post("/api/v1/vehicles", "{}").status()).isEqualTo(403);
    }

    private TestHttp.Response status(String id, String status) {
        return admin(org).post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"" + status + "\"}");
    }

    private TestHttp.Response reading(String id, int km, boolean correction) {
        return admin(org).post("/api/v1/vehicles/" + id + "/odometer-readings",
                "{\"readingKm\":" + km + ",\"correction\":" + correction + "}");
    }
}
