package dev.pitlane.e2e.customer;

import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.pitlane.e2e.Responses.ok;
import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.customer.CustomerData.enc;
import static dev.pitlane.e2e.customer.CustomerData.upload;
import static org.assertj.core.api.Assertions.assertThat;

/** Bulk import and export through the gateway, in an organization of their own. */
class CustomerImportE2eTest {

    @Test
    void tenThousandRowsGoodOnesInBadOnesReportedByLineAndARerunChangesNothing() {
        TestHttp admin = Tenants.newOrganization().admin();
        ImportFile file = ImportFile.generate(10_000, 97);
        byte[] csv = file.csv().getBytes(StandardCharsets.UTF_8);

        var first = ok(upload(admin, "customers.csv", "text/csv", csv), 200);
        assertThat(first.<Integer>json("$.rows")).isEqualTo(10_000);
        assertThat(first.<Integer>json("$.accepted")).isEqualTo(file.goodRows());
        assertThat(first.<Integer>json("$.created")).isEqualTo(file.goodRows());
        assertThat(first.<List<Integer>>json("$.rejected[*].line")).containsExactlyElementsOf(file.badLines());
        List<List<String>> reasons = first.json("$.rejected[*].reasons");
        for (int i = 0; i < reasons.size(); i++) {
            String field = ImportFile.BAD_KINDS.get(i % ImportFile.BAD_KINDS.size());
            assertThat(reasons.get(i)).as("line %d", file.badLines().get(i)).anyMatch(r -> r.startsWith(field));
        }
        assertThat(reasons.get(2)).anyMatch(r -> r.startsWith("email")).anyMatch(r -> r.startsWith("smsConsent"));
        assertThat(reasons.get(4)).anyMatch(r -> r.startsWith("year")).anyMatch(r -> r.startsWith("odometerKm"));
        assertThat(reasons.get(5)).anyMatch(r -> r.contains("on line "));

        assertThat(total(admin, "customers")).isEqualTo(file.customers());
        assertThat(total(admin, "vehicles")).isEqualTo(file.vehicles());
        for (String phone : file.refusedCustomerPhones().subList(0, 3)) {
            assertThat(total(admin, "customers", "phone=" + enc(phone)))
                    .as("a row whose vehicle was refused leaves no customer behind").isZero();
        }
        var withTwoVehicles = ok(admin.get("/api/v1/customers?phone=" + enc("97 0000 0003") + "&expand=vehicles"), 200);
        assertThat(withTwoVehicles.<List<String>>json("$.items[0].vehicles[*].vin"))
                .containsExactlyInAnyOrder("MA300000000000003", "MA300000000000004");

        var rerun = ok(upload(admin, "customers.csv", "text/csv", csv), 200);
        assertThat(rerun.<Integer>json("$.created")).isZero();
        assertThat(rerun.<Integer>json("$.updated")).isZero();
        assertThat(rerun.<Integer>json("$.unchanged")).isEqualTo(file.goodRows());
        assertThat(rerun.<List<Integer>>json("$.rejected[*].line")).containsExactlyElementsOf(file.badLines());
        assertThat(total(admin, "customers")).isEqualTo(file.customers());
        assertThat(total(admin, "vehicles")).isEqualTo(file.vehicles());
        assertThat(ok(admin.get("/api/v1/customers?phone=" + enc("+919700000003")), 200)
                .<Integer>json("$.items[0].version")).as("an unchanged row is not rewritten").isZero();
    }

    @Test
    void anExportImportsBackUnchanged() {
        TestHttp admin = Tenants.newOrganization().admin();
        ImportFile file = ImportFile.generate(300, 0);
        ok(upload(admin, "customers.csv", "text/csv", file.csv().getBytes(StandardCharsets.UTF_8)), 200);

        var csv = ok(admin.get("/api/v1/customers/export"), 200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("type,name,phone,alternatePhone,email");
        assertThat(lines.stream().skip(1).map(line -> line.split(",")[2]).distinct().count())
                .as("every customer's phone").isEqualTo(file.customers());
        assertThat(lines.size() - 1).as("a row per vehicle, or per customer without one")
                .isGreaterThanOrEqualTo(file.vehicles()).isLessThan(file.goodRows() + 1);
        var reimported = ok(upload(admin, "export.csv", "text/csv", csv.body().getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(reimported.<Integer>json("$.unchanged")).isEqualTo(lines.size() - 1);
        assertThat(reimported.<Integer>json("$.created") + reimported.<Integer>json("$.updated")).isZero();
        assertThat(reimported.<List<Object>>json("$.rejected")).isEmpty();

        var xlsx = ok(admin.get("/api/v1/customers/export?format=xlsx"), 200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
        assertProblem(admin.get("/api/v1/customers/export?format=pdf"), 400, "validation-failed");
    }

    @Test
    void unusableFilesAreProblems() {
        TestHttp admin = E2eSuite.as("admin@demo-motors.local");
        assertProblem(upload(admin, "c.csv", "text/csv", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8)), 422,
                "missing-columns");
        assertProblem(upload(admin, "c.csv", "text/csv", "name,phone,shoeSize\nA,1\n".getBytes(StandardCharsets.UTF_8)),
                422, "unknown-columns");
        assertProblem(upload(admin, "c.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported-file-type");
        assertProblem(upload(admin, "c.xlsx", "application/octet-stream", "not a zip".getBytes(StandardCharsets.UTF_8)),
                400, "unreadable-file");
    }

    private static long total(TestHttp admin, String resource) {
        return total(admin, resource, "");
    }

    private static long total(TestHttp admin, String resource, String query) {
        return ok(admin.get("/api/v1/" + resource + "?size=1&" + query), 200).<Integer>json("$.page.totalElements");
    }
}
