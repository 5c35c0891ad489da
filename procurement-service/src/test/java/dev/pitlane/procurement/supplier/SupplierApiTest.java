package dev.pitlane.procurement.supplier;

import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.procurement.support.Flows.createSupplier;
import static dev.pitlane.procurement.support.Flows.freshGstin;
import static org.assertj.core.api.Assertions.assertThat;

class SupplierApiTest extends ProcurementTestBase {

    public static String supplierBody(String name, String gstin) {
        return Json.of("name", name, "contactName", "Ravi Kumar", "email", "orders@example.in",
                "phone", "+91 22 4000 1234",
                "address", Map.of("line1", "Plot 7, MIDC", "city", "Pune", "state", "Maharashtra",
                        "postalCode", "411019"),
                "gstin", gstin, "paymentTermsDays", 30, "leadTimeDays", 5);
    }

    @Test
    void createReadUpdateAndSoftDelete() {
        Org org = newOrg();
        String gstin = freshGstin();
        var created = org.officer().post("/api/v1/suppliers", supplierBody("Bosch India", gstin.toLowerCase()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(created.header("Location")).endsWith("/api/v1/suppliers/" + id);
        assertThat(created.<String>json("$.gstin")).isEqualTo(gstin);
        assertThat(created.<String>json("$.notificationChannel")).isEqualTo("LOG");
        assertThat(created.<String>json("$.address.city")).isEqualTo("Pune");

        var read = org.staff().get("/api/v1/suppliers/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.<String>json("$.name")).isEqualTo("Bosch India");

        var updated = org.officer().put("/api/v1/suppliers/" + id, Json.of("name", "Bosch Ltd", "gstin", gstin,
                "paymentTermsDays", 45, "leadTimeDays", 7, "version", 0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.<Integer>json("$.paymentTermsDays")).isEqualTo(45);
        assertThat(updated.<Integer>json("$.version")).isEqualTo(1);
        var stale = org.officer().put("/api/v1/suppliers/" + id, Json.of("name", "Bosch", "paymentTermsDays", 45,
                "leadTimeDays", 7, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>json("$.code")).isEqualTo("concurrent-modification");

        assertThat(org.officer().delete("/api/v1/suppliers/" + id).status()).isEqualTo(204);
        assertThat(org.staff().get("/api/v1/suppliers/" + id).<Boolean>json("$.deleted")).isTrue();
        assertThat(org.staff().get("/api/v1/suppliers").<List<String>>json("$.items[*].id")).doesNotContain(id);
        assertThat(org.staff().get("/api/v1/suppliers?includeDeleted=true").<List<String>>json("$.items[*].id"))
                .contains(id);
        // a deleted supplier's GSTIN may be registered again
        assertThat(org.officer().post("/api/v1/suppliers", supplierBody("Bosch again", gstin)).status())
                .isEqualTo(201);
    }

    @Test
    void theGstinIsCheckedInFull() {
        Org org = newOrg();
        var badCheck = org.officer().post("/api/v1/suppliers", supplierBody("X", "27AAPFU0939F1ZW"));
        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.<String>json("$.code")).isEqualTo("validation-failed");
        assertThat(badCheck.<String>json("$.errors[0].field")).isEqualTo("gstin");
        assertThat(badCheck.<String>json("$.errors[0].message")).contains("check character");
        var badState = org.officer().post("/api/v1/suppliers", supplierBody("X", "40AAPFU0939F1ZV"));
        assertThat(badState.<String>json("$.errors[0].message")).contains("state code");
        assertThat(org.officer().get("/api/v1/suppliers").<Integer>json("$.page.totalElements")).isZero();
    }

    @Test
    void validationNamesEveryBadField() {
        Org org = newOrg();
        var r = org.officer().post("/api/v1/suppliers", Json.of("name", "", "email", "not-an-email",
                "paymentTermsDays", -1, "address", Map.of("postalCode", "12")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.<List<String>>json("$.errors[*].field")).contains("name", "email", "paymentTermsDays",
                "leadTimeDays", "address.postalCode");
        var unknown = org.officer().post("/api/v1/suppliers", Json.of("name", "A", "paymentTermsDays", 1,
                "leadTimeDays", 1, "organizationId", UUID.randomUUID().toString()));
        assertThat(unknown.<String>json("$.code")).isEqualTo("unknown-field");
        var webhookWithoutUrl = org.officer().post("/api/v1/suppliers", Json.of("name", "A", "paymentTermsDays", 1,
                "leadTimeDays", 1, "notificationChannel", "WEBHOOK"));
        assertThat(webhookWithoutUrl.<String>json("$.errors[0].field")).isEqualTo("webhookUrl");
    }

    @Test
    void aGstinIsRegisteredOncePerOrganization() {
        Org org = newOrg();
        String gstin = freshGstin();
        assertThat(org.officer().post("/api/v1/suppliers", supplierBody("A", gstin)).status()).isEqualTo(201);
        var twice = org.officer().post("/api/v1/suppliers", supplierBody("B", gstin));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.<String>json("$.code")).isEqualTo("duplicate");
        assertThat(twice.<String>json("$.errors[0].field")).isEqualTo("gstin");
        // another organization may deal with the same supplier
        assertThat(newOrg().officer().post("/api/v1/suppliers", supplierBody("A", gstin)).status()).isEqualTo(201);
    }

    @Test
    void thePreferredMarkMovesBetweenSuppliers() {
        Org org = newOrg();
        String first = createSupplier(org.officer(), "Minda");
        String second = createSupplier(org.officer(), "Lumax");
        UUID item = UUID.randomUUID();
        String part = Json.of("itemSku", "HL-SWIFT", "itemName", "Headlamp Swift", "supplierPartNumber", "MI-778",
                "unitPrice", 2150.5, "taxRate", 28, "preferred", true);
        var put = org.officer().put("/api/v1/suppliers/" + first + "/parts/" + item, part);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.<Boolean>json("$.preferred")).isTrue();
        org.officer().put("/api/v1/suppliers/" + second + "/parts/" + item, part.replace("MI-778", "LU-1"));
        var who = org.staff().get("/api/v1/suppliers/parts?itemId=" + item);
        assertThat(who.<List<String>>json("$[*].supplierName")).containsExactly("Lumax", "Minda");
        assertThat(who.<List<Boolean>>json("$[*].preferred")).containsExactly(true, false);
        assertThat(org.staff().get("/api/v1/suppliers?itemId=" + item).<Integer>json("$.page.totalElements"))
                .isEqualTo(2);
        assertThat(org.officer().delete("/api/v1/suppliers/" + first + "/parts/" + item).status()).isEqualTo(204);
        assertThat(org.staff().get("/api/v1/suppliers/" + first + "/parts").<List<?>>json("$")).isEmpty();
    }

    @Test
    void onlyWritersWriteAndOthersSeeNothing() {
        Org org = newOrg();
        assertThat(org.staff().post("/api/v1/suppliers", supplierBody("X", freshGstin())).status()).isEqualTo(403);
        String id = createSupplier(org.officer(), "Exide");
        Org other = newOrg();
        assertThat(other.officer().get("/api/v1/suppliers/" + id).status()).isEqualTo(404);
        assertThat(other.officer().delete("/api/v1/suppliers/" + id).status()).isEqualTo(404);
        assertThat(other.officer().get("/api/v1/suppliers").<Integer>json("$.page.totalElements")).isZero();
        assertThat(http().get("/api/v1/suppliers").status()).isEqualTo(401);
    }

    @Test
    void theWebhookSecretIsNeverShown() {
        Org org = newOrg();
        var r = org.officer().post("/api/v1/suppliers", Json.of("name", "Castrol India", "paymentTermsDays", 30,
                "leadTimeDays", 3, "notificationChannel", "WEBHOOK", "webhookUrl", "https://castrol.example/po",
                "webhookSecret", "s3cr3t-s3cr3t-s3cr3t"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.<Boolean>json("$.webhookSecretSet")).isTrue();
        assertThat(r.body()).doesNotContain("s3cr3t");
        var ftp = org.officer().post("/api/v1/suppliers", Json.of("name", "X", "paymentTermsDays", 30,
                "leadTimeDays", 3, "notificationChannel", "WEBHOOK", "webhookUrl", "ftp://castrol.example/po",
                "webhookSecret", "s3cr3t-s3cr3t-s3cr3t"));
        assertThat(ftp.<String>json("$.errors[0].field")).isEqualTo("webhookUrl");
    }

    @Test
    void aWebhookCannotPointInsideTheNetworkOnCreateOrUpdate() {
        Org org = newOrg();
        var made = org.officer().post("/api/v1/suppliers", Json.of("name", "Bosch " + UUID.randomUUID(),
                "paymentTermsDays", 30, "leadTimeDays", 3, "notificationChannel", "WEBHOOK",
                "webhookUrl", "https://bosch.example/po", "webhookSecret", "s3cr3t-s3cr3t-s3cr3t"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String id = made.json("$.id");
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://127.0.0.2:8081/actuator/health",
                "http://localhost:8084/api/v1/suppliers", "http://[::1]:8080/", "http://10.0.0.1/",
                "http://2130706433/", "http://0.0.0.0:8080/", "http://[::ffff:169.254.169.254]/",
                "http://[fd12:3456::1]/", "http://0x7f000001/")) {
            var created = org.officer().post("/api/v1/suppliers", Json.of("name", "X " + UUID.randomUUID(),
                    "paymentTermsDays", 30, "leadTimeDays", 3, "notificationChannel", "WEBHOOK", "webhookUrl", url,
                    "webhookSecret", "s3cr3t-s3cr3t-s3cr3t"));
            assertThat(created.status()).as(url).isEqualTo(400);
            assertThat(created.<String>json("$.errors[0].field")).as(url).isEqualTo("webhookUrl");
            var updated = org.officer().put("/api/v1/suppliers/" + id, Json.of("name", "Bosch",
                    "paymentTermsDays", 30, "leadTimeDays", 3, "notificationChannel", "WEBHOOK", "webhookUrl", url,
                    "version", 0));
            assertThat(updated.status()).as(url).isEqualTo(400);
            assertThat(updated.<String>json("$.errors[0].field")).as(url).isEqualTo("webhookUrl");
        }
        assertThat(org.officer().get("/api/v1/suppliers/" + id).<String>json("$.webhookUrl"))
                .isEqualTo("https://bosch.example/po");
    }
}
