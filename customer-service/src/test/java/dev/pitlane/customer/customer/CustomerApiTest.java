package dev.pitlane.customer.customer;

import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerApiTest extends IntegrationTest {

    private final UUID org = UUID.randomUUID();

    @Autowired
    OwnerDatabase owner;

    @Test
    void createsACustomerWithNormalizedPhoneEmailAndGstin() {
        String digits = newPhone().substring(3);
        var r = admin(org).post("/api/v1/customers", """
                {"type":"BUSINESS","name":"  Sai   Logistics Pvt Ltd ","phone":"0%s %s","email":"Accounts@SaiLogistics.IN",
                 "gstin":"27aapfu0939f1zv","addresses":[{"line1":"12 MIDC","city":"Pune"}],"smsConsent":true}"""
                .formatted(digits.substring(0, 5), digits.substring(5)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/customers/" + r.json("$.id"));
        assertThat(r.<String>json("$.name")).isEqualTo("Sai Logistics Pvt Ltd");
        assertThat(r.<String>json("$.phone")).isEqualTo("+91" + digits);
        assertThat(r.<String>json("$.email")).isEqualTo("accounts@sailogistics.in");
        assertThat(r.<String>json("$.gstin")).isEqualTo("27AAPFU0939F1ZV");
        assertThat(r.<String>json("$.addresses[0].country")).isEqualTo("IN");
        assertThat(r.<Boolean>json("$.smsConsent")).isTrue();
        assertThat(r.<Boolean>json("$.emailConsent")).isFalse();
        var read = admin(org).get("/api/v1/customers/" + r.json("$.id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.<String>json("$.phone")).isEqualTo("+91" + digits);
    }

    @Test
    void invalidInputNamesEveryFieldAndStoresNothing() {
        var r = admin(org).post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"","phone":"12345","email":"not-an-email","gstin":"27AAPFU0939F1ZV",
                 "addresses":[{"city":"Pune"}]}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.<String>json("$.code")).isEqualTo("validation-failed");
        assertThat(r.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("name", "phone", "email",
                "gstin", "addresses[0].line1");
        assertThat(owner.count("SELECT count(*) FROM customers WHERE organization_id = '" + org + "'")).isZero();
    }

    @Test
    void aWrongGstinCheckCharacterIsRefused() {
        var r = admin(org).post("/api/v1/customers", """
                {"type":"BUSINESS","name":"Konkan Travels","phone":"%s","gstin":"27AAPFU0939F1ZA"}""".formatted(newPhone()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.<String>json("$.errors[0].field")).isEqualTo("gstin");
    }

    @Test
    void fieldsTheCallerMayNotSetAreRefused() {
        var r = admin(org).post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Eve","phone":"%s","organizationId":"%s"}""".formatted(newPhone(), UUID.randomUUID()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.<String>json("$.code")).isEqualTo("unknown-field");
        var withId = admin(org).post("/api/v1/customers", """
                {"id":"%s","type":"INDIVIDUAL","name":"Eve","phone":"%s"}""".formatted(UUID.randomUUID(), newPhone()));
        assertThat(withId.<String>json("$.code")).isEqualTo("unknown-field");
    }

    @Test
    void duplicatesAre409NamingTheField() {
        String phone = newPhone();
        String email = "dup-" + unique() + "@example.com";
        assertThat(admin(org).post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"First","phone":"%s","email":"%s"}""".formatted(phone, email)).status())
                .isEqualTo(201);
        var samePhone = admin(org).post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Second","phone":"%s"}""".formatted(phone.replace("+91", "0")));
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.<String>json("$.code")).isEqualTo("duplicate");
        assertThat(samePhone.<String>json("$.errors[0].field")).isEqualTo("phone");
        var sameEmail = admin(org).post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Third","phone":"%s","email":"%s"}""".formatted(newPhone(), email.toUpperCase()));
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.<String>json("$.errors[0].field")).isEqualTo("email");
        // another organization may have the same phone
        assertThat(admin(UUID.randomUUID()).post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Elsewhere","phone":"%s"}""".formatted(phone)).status()).isEqualTo(201);
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String id = createCustomer(admin(org), "Rohan Mehta", newPhone());
        var current = admin(org).get("/api/v1/customers/" + id);
        String body = """
                {"type":"INDIVIDUAL","name":"Rohan K Mehta","phone":"%s","notes":"prefers mornings","version":%d}"""
                .formatted(current.<String>json("$.phone"), current.<Integer>json("$.version"));
        var updated = admin(org).put("/api/v1/customers/" + id, body);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.<String>json("$.name")).isEqualTo("Rohan K Mehta");
        assertThat(updated.<Integer>json("$.version")).isEqualTo(1);
        var stale = admin(org).put("/api/v1/customers/" + id, body);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>json("$.code")).isEqualTo("concurrent-modification");
        var noVersion = admin(org).put("/api/v1/customers/" + id, """
                {"type":"INDIVIDUAL","name":"X","phone":"%s"}""".formatted(newPhone()));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.<String>json("$.errors[0].field")).isEqualTo("version");
    }

    @Test
    void softDeleteHidesTheCustomerAndRestoreBringsItBack() {
        String phone = newPhone();
        String id = createCustomer(admin(org), "Kavya Nair", phone);
        assertThat(admin(org).delete("/api/v1/customers/" + id).status()).isEqualTo(204);
        assertThat(admin(org).get("/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(admin(org).delete("/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(admin(org).get("/api/v1/customers?phone=" + enc(phone)).<Integer>json("$.page.totalElements")).isZero();
        var deleted = admin(org).get("/api/v1/customers?deleted=true&phone=" + enc(phone));
        assertThat(deleted.<List<String>>json("$.items[*].id")).containsExactly(id);
        assertThat(owner.count("SELECT count(*) FROM customers WHERE id = '" + id + "' AND deleted_at IS NOT NULL"))
                .isEqualTo(1);

        var restored = admin(org).post("/api/v1/customers/" + id + "/restore", "");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.<String>json("$.deletedAt")).isNull();
        assertThat(admin(org).get("/api/v1/customers/" + id).status()).isEqualTo(200);
        assertThat(admin(org).post("/api/v1/customers/" + id + "/restore", "").<String>json("$.code"))
                .isEqualTo("not-deleted");
    }

    @Test
    void restoringIs409WhenItsPhoneWasGivenToSomeoneElse() {
        String phone = newPhone();
        String id = createCustomer(admin(org), "Old Owner", phone);
        admin(org).delete("/api/v1/customers/" + id);
        createCustomer(admin(org), "New Owner", phone);
        var r = admin(org).post("/api/v1/customers/" + id + "/restore", "");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.<String>json("$.errors[0].field")).isEqualTo("phone");
    }

    @Test
    void anotherOrganizationsCustomerIs404Everywhere() {
        String id = createCustomer(admin(org), "Private Person", newPhone());
        TestHttp stranger = admin(UUID.randomUUID());
        assertThat(stranger.get("/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(stranger.put("/api/v1/customers/" + id, """
                {"type":"INDIVIDUAL","name":"Hijack","phone":"%s","version":0}""".formatted(newPhone())).status())
                .isEqualTo(404);
        assertThat(stranger.delete("/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/customers/" + id + "/restore", "").status()).isEqualTo(404);
        assertThat(admin(org).get("/api/v1/customers/" + id).status()).isEqualTo(200);
    }

    @Test
    void eachEndpointChecksItsPermission() {
        String id = createCustomer(admin(org), "Guarded", newPhone());
        TestHttp reader = as(org, "customer:read");
        assertThat(reader.get("/api/v1/customers/" + id).status()).isEqualTo(200);
        assertThat(reader.post("/api/v1/customers", "{\"type\":\"INDIVIDUAL\",\"name\":\"X\",\"phone\":\"" + newPhone()
                + "\"}").status()).isEqualTo(403);
        assertThat(as(org, "customer:write").delete("/api/v1/customers/" + id).status()).isEqualTo(403);
        assertThat(as(org, "customer:write").get("/api/v1/customers/" + id).status()).isEqualTo(403);
        assertThat(as(org, "vehicle:read").get("/api/v1/customers?q=x").status()).isEqualTo(403);
        assertThat(reader.get("/api/v1/customers/" + id + "?expand=vehicles").status()).isEqualTo(403);
        assertThat(http().get("/api/v1/customers/" + id).status()).isEqualTo(401);
    }

    @Test
    void searchesByPhoneInAnyFormat() {
        String phone = newPhone();
        String digits = phone.substring(3);
        String id = createCustomer(admin(org), "Phone Person", phone);
        for (String typed : List.of(phone, digits, "0" + digits, "+91-" + digits.substring(0, 5) + "-" + digits.substring(5),
                "(" + digits.substring(0, 3) + ") " + digits.substring(3))) {
            var r = admin(org).get("/api/v1/customers?phone=" + enc(typed));
            assertThat(r.<List<String>>json("$.items[*].id")).as(typed).containsExactly(id);
        }
        assertThat(admin(org).get("/api/v1/customers?phone=abc").status()).isEqualTo(400);
    }

    @Test
    void searchesByNamePartlyIgnoringCaseAccentsAndTypos() {
        UUID own = UUID.randomUUID();
        String zoe = createCustomer(admin(own), "Zoë Schäfer", newPhone());
        String priya = createCustomer(admin(own), "Priya Sharma", newPhone());
        createCustomer(admin(own), "Priyanka Chopra", newPhone());
        createCustomer(admin(own), "Rahul Verma", newPhone());
        assertThat(admin(own).get("/api/v1/customers?q=ZOE%20SCHAF").<List<String>>json("$.items[*].id"))
                .containsExactly(zoe);
        assertThat(admin(own).get("/api/v1/customers?q=priya").<List<String>>json("$.items[*].name"))
                .containsExactly("Priya Sharma", "Priyanka Chopra");
        assertThat(admin(own).get("/api/v1/customers?q=rma").<List<String>>json("$.items[*].name"))
                .containsExactly("Priya Sharma", "Rahul Verma");
        assertThat(admin(own).get("/api/v1/customers?q=schafer").<List<String>>json("$.items[*].id"))
                .containsExactly(zoe);
        assertThat(admin(own).get("/api/v1/customers?q=Sharma%20Pri").<List<String>>json("$.items[*].id"))
                .containsExactly(priya);
        assertThat(admin(own).get("/api/v1/customers?q=%25").<Integer>json("$.page.totalElements"))
                .as("a % is text, not a wildcard").isZero();
        assertThat(admin(own).get("/api/v1/customers?q=_").<Integer>json("$.page.totalElements")).isZero();
        var typo = admin(own).get("/api/v1/customers?q=priya%20sahrma");
        assertThat(typo.<List<String>>json("$.items[*].id")).first().isEqualTo(priya);
        assertThat(admin(own).get("/api/v1/customers?q=xyzzy%20qwerty").<Integer>json("$.page.totalElements")).isZero();
    }

    /** Name searches count up to 5 here (pitlane.customer.search.count-limit; 1,000 by default) past the page's start. */
    @Test
    void aSearchMatchingMoreThanItCountsSaysAtLeast() {
        UUID own = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            createCustomer(admin(own), "Kiran Patil " + (char) ('a' + i), newPhone());
        }
        var first = admin(own).get("/api/v1/customers?q=kiran&size=2");
        assertThat(first.<Integer>json("$.page.totalElements")).isEqualTo(5);
        assertThat(first.<Boolean>json("$.page.totalElementsIsLowerBound")).isTrue();
        assertThat(first.<List<String>>json("$.items[*].name")).containsExactly("Kiran Patil a", "Kiran Patil b");

        var last = admin(own).get("/api/v1/customers?q=kiran&size=2&page=3");
        assertThat(last.<Integer>json("$.page.totalElements")).isEqualTo(7);
        assertThat(last.<Map<String, Object>>json("$.page")).doesNotContainKey("totalElementsIsLowerBound");
        assertThat(last.<List<String>>json("$.items[*].name")).containsExactly("Kiran Patil g");

        var all = admin(own).get("/api/v1/customers?size=2");
        assertThat(all.<Integer>json("$.page.totalElements")).as("a list without a name counts all").isEqualTo(7);
        assertThat(all.<Map<String, Object>>json("$.page")).doesNotContainKey("totalElementsIsLowerBound");
    }

    @Test
    void pagesSortsAndChoosesFields() {
        UUID own = UUID.randomUUID();
        for (String name : List.of("Amit Das", "Bina Rao", "Chitra Iyer")) {
            createCustomer(admin(own), name, newPhone());
        }
        var page = admin(own).get("/api/v1/customers?size=2&sort=name,desc&fields=id,name");
        assertThat(page.<List<String>>json("$.items[*].name")).containsExactly("Chitra Iyer", "Bina Rao");
        assertThat(page.<Integer>json("$.page.totalElements")).isEqualTo(3);
        assertThat(page.<Integer>json("$.page.totalPages")).isEqualTo(2);
        assertThat(page.<Map<String, Object>>json("$.items[0]")).containsOnlyKeys("id", "name");
        assertThat(admin(own).get("/api/v1/customers?page=1&size=2").<List<String>>json("$.items[*].name"))
                .containsExactly("Chitra Iyer");
        assertThat(admin(own).get("/api/v1/customers?fields=id,password").<String>json("$.errors[0].field"))
                .isEqualTo("fields");
        assertThat(admin(own).get("/api/v1/customers?sort=phone").status()).isEqualTo(400);
        assertThat(admin(own).get("/api/v1/customers?expand=orders").status()).isEqualTo(400);
    }

    @Test
    void expandsVehiclesWithOneExtraQuery() {
        UUID own = UUID.randomUUID();
        String a = createCustomer(admin(own), "Owner A", newPhone());
        String b = createCustomer(admin(own), "Owner B", newPhone());
        String va = registerVehicle(admin(own), a, newVin(), newPlate());
        registerVehicle(admin(own), a, newVin(), newPlate());
        var list = admin(own).get("/api/v1/customers?expand=vehicles&fields=id,name&sort=name");
        assertThat(list.<List<Object>>json("$.items[0].vehicles")).hasSize(2);
        assertThat(list.<List<Object>>json("$.items[1].vehicles")).isEmpty();
        assertThat(list.<String>json("$.items[1].id")).isEqualTo(b);
        assertThat(list.<String>json("$.items[0].phone")).isNull();
        var one = admin(own).get("/api/v1/customers/" + a + "?expand=vehicles");
        assertThat(one.<List<String>>json("$.vehicles[*].id")).contains(va);
        assertThat(one.<String>json("$.phone")).startsWith("+91");
    }

    @Test
    void findsTheOwnerOfAVehicle() {
        UUID own = UUID.randomUUID();
        String id = createCustomer(admin(own), "Vehicle Owner", newPhone());
        String vin = newVin();
        String plate = newPlate();
        registerVehicle(admin(own), id, vin, plate);
        assertThat(admin(own).get("/api/v1/customers?vin=" + vin.toLowerCase()).<List<String>>json("$.items[*].id"))
                .containsExactly(id);
        String spaced = plate.substring(0, 2) + " " + plate.substring(2, 4) + "-" + plate.substring(4);
        assertThat(admin(own).get("/api/v1/customers?registrationNumber=" + enc(spaced))
                .<List<String>>json("$.items[*].id")).containsExactly(id);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
