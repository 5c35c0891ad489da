package dev.pitlane.e2e.customer;

import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.e2e.Responses.ok;
import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.customer.CustomerData.createCustomer;
import static dev.pitlane.e2e.customer.CustomerData.enc;
import static dev.pitlane.e2e.customer.CustomerData.newPhone;
import static dev.pitlane.e2e.customer.CustomerData.newPlate;
import static dev.pitlane.e2e.customer.CustomerData.newVin;
import static dev.pitlane.e2e.customer.CustomerData.registerVehicle;
import static org.assertj.core.api.Assertions.assertThat;

/** Customers through the gateway: create, read, search, change, soft delete and restore. */
class CustomerE2eTest {

    private static TestHttp admin;

    @BeforeAll
    static void organization() {
        admin = Tenants.newOrganization().admin();
    }

    @Test
    void createsAndReadsACustomerWithNormalizedContactDetails() {
        String digits = newPhone().substring(3);
        var created = ok(admin.post("/api/v1/customers", """
                {"type":"BUSINESS","name":"  Sai   Logistics Pvt Ltd ","phone":"0%s %s",
                 "email":"Accounts@SaiLogistics.IN",
                 "gstin":"27aapfu0939f1zv","addresses":[{"label":"OFFICE","line1":"12 MIDC","city":"Pune"}],
                 "smsConsent":true,"emailConsent":false,"notes":"fleet of six"}"""
                .formatted(digits.substring(0, 5), digits.substring(5))), 201);
        String id = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/customers/" + id);

        var read = ok(admin.get("/api/v1/customers/" + id), 200);
        assertThat(read.<String>json("$.name")).isEqualTo("Sai Logistics Pvt Ltd");
        assertThat(read.<String>json("$.phone")).isEqualTo("+91" + digits);
        assertThat(read.<String>json("$.email")).isEqualTo("accounts@sailogistics.in");
        assertThat(read.<String>json("$.gstin")).isEqualTo("27AAPFU0939F1ZV");
        assertThat(read.<String>json("$.addresses[0].country")).isEqualTo("IN");
        assertThat(read.<Boolean>json("$.smsConsent")).isTrue();
        assertThat(read.<Integer>json("$.version")).isZero();
        assertProblem(admin.get("/api/v1/customers/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void invalidInputIsAProblemNamingEveryFieldAndStoresNothing() {
        long before = total("");
        var invalid = assertProblem(admin.post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"","phone":"12345","email":"not-an-email","gstin":"27AAPFU0939F1ZV",
                 "addresses":[{"city":"Pune"}]}"""), 400, "validation-failed");
        assertThat(invalid.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("name", "phone", "email",
                "gstin", "addresses[0].line1");
        assertThat(invalid.<List<String>>json("$.errors[*].message")).allMatch(m -> m != null && !m.isBlank());
        assertProblem(admin.post("/api/v1/customers", """
                {"type":"BUSINESS","name":"Konkan Travels","phone":"%s","gstin":"27AAPFU0939F1ZA"}"""
                .formatted(newPhone())), 400, "validation-failed");
        assertProblem(admin.post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Eve","phone":"%s","organizationId":"%s"}"""
                .formatted(newPhone(), UUID.randomUUID())), 400, "unknown-field");
        assertThat(total("")).isEqualTo(before);
    }

    @Test
    void phoneEmailAndGstinAreUniqueAndA409NamesTheField() {
        String phone = newPhone();
        String email = "dup-" + phone.substring(4) + "@example.com";
        ok(admin.post("/api/v1/customers", """
                {"type":"BUSINESS","name":"First Traders","phone":"%s","email":"%s","gstin":"29AAGCB7383J1Z4"}"""
                .formatted(phone, email)), 201);
        var samePhone = assertProblem(admin.post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Second","phone":"%s"}""".formatted("0" + phone.substring(3))), 409,
                "duplicate");
        assertThat(samePhone.<String>json("$.errors[0].field")).isEqualTo("phone");
        var sameEmail = assertProblem(admin.post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"Third","phone":"%s","email":"%s"}""".formatted(newPhone(),
                email.toUpperCase())), 409, "duplicate");
        assertThat(sameEmail.<String>json("$.errors[0].field")).isEqualTo("email");
        var sameGstin = assertProblem(admin.post("/api/v1/customers", """
                {"type":"BUSINESS","name":"Fourth","phone":"%s","gstin":"29aagcb7383j1z4"}""".formatted(newPhone())),
                409, "duplicate");
        assertThat(sameGstin.<String>json("$.errors[0].field")).isEqualTo("gstin");

        String other = createCustomer(admin, "Fifth", newPhone());
        var changedToTaken = assertProblem(admin.put("/api/v1/customers/" + other, """
                {"type":"INDIVIDUAL","name":"Fifth","phone":"%s","version":0}""".formatted(phone)), 409, "duplicate");
        assertThat(changedToTaken.<String>json("$.errors[0].field")).isEqualTo("phone");
    }

    @Test
    void aChangeNeedsTheVersionItWasReadAt() {
        String phone = newPhone();
        String id = createCustomer(admin, "Rohan Mehta", phone);
        String body = """
                {"type":"INDIVIDUAL","name":"Rohan K Mehta","phone":"%s","smsConsent":true,"notes":"prefers mornings",
                 "version":0}""".formatted(phone);
        var updated = ok(admin.put("/api/v1/customers/" + id, body), 200);
        assertThat(updated.<String>json("$.name")).isEqualTo("Rohan K Mehta");
        assertThat(updated.<Integer>json("$.version")).isEqualTo(1);
        assertProblem(admin.put("/api/v1/customers/" + id, body), 409, "concurrent-modification");
        var noVersion = assertProblem(admin.put("/api/v1/customers/" + id, """
                {"type":"INDIVIDUAL","name":"X","phone":"%s"}""".formatted(phone)), 400, "validation-failed");
        assertThat(noVersion.<String>json("$.errors[0].field")).isEqualTo("version");
        assertThat(ok(admin.get("/api/v1/customers/" + id), 200).<String>json("$.notes")).isEqualTo("prefers mornings");
    }

    @Test
    void softDeleteHidesTheCustomerFreesItsPhoneAndRestoreBringsItBack() {
        String phone = newPhone();
        String id = createCustomer(admin, "Kavya Nair", phone);
        ok(admin.delete("/api/v1/customers/" + id), 204);
        assertProblem(admin.get("/api/v1/customers/" + id), 404, "not-found");
        assertProblem(admin.delete("/api/v1/customers/" + id), 404, "not-found");
        assertThat(ids("phone=" + enc(phone))).isEmpty();
        assertThat(ids("deleted=true&phone=" + enc(phone))).containsExactly(id);

        String reuser = createCustomer(admin, "Kavya's Neighbour", phone);
        var blocked = assertProblem(admin.post("/api/v1/customers/" + id + "/restore", null), 409, "duplicate");
        assertThat(blocked.<String>json("$.errors[0].field")).isEqualTo("phone");
        ok(admin.delete("/api/v1/customers/" + reuser), 204);

        var restored = ok(admin.post("/api/v1/customers/" + id + "/restore", null), 200);
        assertThat(restored.<String>json("$.deletedAt")).isNull();
        assertThat(ok(admin.get("/api/v1/customers/" + id), 200).<String>json("$.name")).isEqualTo("Kavya Nair");
        assertThat(ids("phone=" + enc(phone))).containsExactly(id);
        assertProblem(admin.post("/api/v1/customers/" + id + "/restore", null), 409, "not-deleted");
    }

    @Test
    void findsACustomerByThePhoneInAnyFormatPeopleType() {
        String phone = newPhone();
        String digits = phone.substring(3);
        String id = createCustomer(admin, "Phone Person", phone);
        for (String typed : List.of(phone, digits, "0" + digits, "+91-" + digits.substring(0, 5) + "-"
                + digits.substring(5), "(" + digits.substring(0, 3) + ") " + digits.substring(3), "0091 " + digits)) {
            assertThat(ids("phone=" + enc(typed))).as(typed).containsExactly(id);
        }
        var bad = assertProblem(admin.get("/api/v1/customers?phone=abc"), 400, "validation-failed");
        assertThat(bad.<String>json("$.errors[0].field")).isEqualTo("phone");
    }

    @Test
    void findsByPartOfTheNameIgnoringCaseAccentsAndTypos() {
        Tenants.Org own = Tenants.newOrganization();
        createCustomer(own.admin(), "Zoë Schäfer", newPhone());
        String priya = createCustomer(own.admin(), "Priya Sharma", newPhone());
        createCustomer(own.admin(), "Priyanka Chopra", newPhone());
        createCustomer(own.admin(), "Rahul Verma", newPhone());
        assertThat(names(own, "ZOE SCHAF")).containsExactly("Zoë Schäfer");
        assertThat(names(own, "schafer")).containsExactly("Zoë Schäfer");
        assertThat(names(own, "priya")).containsExactly("Priya Sharma", "Priyanka Chopra");
        assertThat(names(own, "Sharma Pri")).containsExactly("Priya Sharma");
        assertThat(names(own, "rma")).containsExactly("Priya Sharma", "Rahul Verma");
        assertThat(ok(own.admin().get("/api/v1/customers?q=" + enc("priya sahrma")), 200)
                .<List<String>>json("$.items[*].id")).first().isEqualTo(priya);
        assertThat(names(own, "xyzzy qwerty")).isEmpty();
    }

    @Test
    void findsByEmailGstinTypeAndTheVehicleOwned() {
        String phone = newPhone();
        String email = "fleet-" + phone.substring(4) + "@example.com";
        String id = ok(admin.post("/api/v1/customers", """
                {"type":"BUSINESS","name":"Deccan Fleet LLP","phone":"%s","email":"%s","gstin":"36AABCT3518Q1ZX"}"""
                .formatted(phone, email)), 201).json("$.id");
        String vin = newVin();
        String plate = newPlate();
        registerVehicle(admin, id, vin, plate);
        assertThat(ids("email=" + enc(email.toUpperCase()))).containsExactly(id);
        assertThat(ids("gstin=36aabct3518q1zx")).containsExactly(id);
        assertThat(ids("vin=" + vin.toLowerCase())).containsExactly(id);
        String spaced = plate.substring(0, 2) + " " + plate.substring(2, 4) + "-" + plate.substring(4).toLowerCase();
        assertThat(ids("registrationNumber=" + enc(spaced))).containsExactly(id);
        assertThat(ids("type=BUSINESS&email=" + enc(email))).containsExactly(id);
        assertThat(ids("type=INDIVIDUAL&email=" + enc(email))).isEmpty();
    }

    @Test
    void pagesSortsChoosesFieldsAndExpandsVehicles() {
        Tenants.Org own = Tenants.newOrganization();
        TestHttp as = own.admin();
        String amit = createCustomer(as, "Amit Das", newPhone());
        createCustomer(as, "Bina Rao", newPhone());
        createCustomer(as, "Chitra Iyer", newPhone());
        String first = registerVehicle(as, amit);
        String second = registerVehicle(as, amit);

        var page = ok(as.get("/api/v1/customers?size=2&sort=name,desc&fields=id,name"), 200);
        assertThat(page.<List<String>>json("$.items[*].name")).containsExactly("Chitra Iyer", "Bina Rao");
        assertThat(page.<Map<String, Object>>json("$.items[0]")).containsOnlyKeys("id", "name");
        assertThat(page.<Integer>json("$.page.totalElements")).isEqualTo(3);
        assertThat(page.<Integer>json("$.page.totalPages")).isEqualTo(2);
        assertThat(ok(as.get("/api/v1/customers?page=1&size=2&sort=name,desc"), 200)
                .<List<String>>json("$.items[*].name")).containsExactly("Amit Das");

        var expanded = ok(as.get("/api/v1/customers?expand=vehicles&fields=id,name&sort=name"), 200);
        assertThat(expanded.<List<String>>json("$.items[0].vehicles[*].id")).containsExactlyInAnyOrder(first, second);
        assertThat(expanded.<List<Object>>json("$.items[1].vehicles")).isEmpty();
        assertThat(expanded.<String>json("$.items[0].phone")).isNull();
        var one = ok(as.get("/api/v1/customers/" + amit + "?fields=id,phone&expand=vehicles"), 200);
        assertThat(one.<Map<String, Object>>json("$")).containsOnlyKeys("id", "phone", "vehicles");
        assertThat(one.<List<String>>json("$.vehicles[*].registrationNumber")).hasSize(2);

        assertThat(assertProblem(as.get("/api/v1/customers?fields=id,password"), 400, "validation-failed")
                .<String>json("$.errors[0].field")).isEqualTo("fields");
        assertThat(assertProblem(as.get("/api/v1/customers?expand=orders"), 400, "validation-failed")
                .<String>json("$.errors[0].field")).isEqualTo("expand");
        assertThat(as.get("/api/v1/customers?sort=phone").status()).isEqualTo(400);
    }

    private static long total(String query) {
        return ok(admin.get("/api/v1/customers?size=1&" + query), 200).<Integer>json("$.page.totalElements");
    }

    private static List<String> ids(String query) {
        return ok(admin.get("/api/v1/customers?" + query), 200).json("$.items[*].id");
    }

    private static List<String> names(Tenants.Org own, String q) {
        return ok(own.admin().get("/api/v1/customers?q=" + enc(q)), 200).json("$.items[*].name");
    }
}
