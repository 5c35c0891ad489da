package dev.pitlane.customer.bulk;

import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.testsupport.Multipart;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.TestHttp;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ImportExportTest extends IntegrationTest {

    @Autowired
    OwnerDatabase owner;

    @Test
    void tenThousandRowsGoodOnesInBadOnesReportedAndARerunChangesNothing() {
        UUID org = UUID.randomUUID();
        ImportFiles.Generated file = ImportFiles.csv(10_000, 97, 17);
        var first = upload(org, "customers.csv", "text/csv", file.csv().getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.<Integer>json("$.rows")).isEqualTo(10_000);
        assertThat(first.<Integer>json("$.accepted")).isEqualTo(file.goodRows());
        assertThat(first.<List<Integer>>json("$.rejected[*].line")).containsExactlyElementsOf(file.badLines());
        assertThat(first.<List<String>>json("$.rejected[0].reasons")).anyMatch(r -> r.startsWith("phone"));
        assertThat(first.<List<String>>json("$.rejected[1].reasons")).anyMatch(r -> r.startsWith("vin"));
        assertThat(first.<List<String>>json("$.rejected[2].reasons")).anyMatch(r -> r.startsWith("name"))
                .anyMatch(r -> r.startsWith("email")).anyMatch(r -> r.startsWith("smsConsent"));
        assertThat(first.<List<String>>json("$.rejected[3].reasons")).anyMatch(r -> r.startsWith("gstin"));
        assertThat(first.<List<String>>json("$.rejected[4].reasons")).anyMatch(r -> r.startsWith("type"))
                .anyMatch(r -> r.startsWith("year")).anyMatch(r -> r.startsWith("odometerKm"));
        long customers = customers(org);
        assertThat(customers).isEqualTo(file.customers());
        long vehicles = owner.count("SELECT count(*) FROM vehicles WHERE organization_id = '" + org + "'");
        assertThat(owner.count("SELECT count(*) FROM customers c WHERE organization_id = '" + org
                + "' AND name = ''")).isZero();

        var rerun = upload(org, "customers.csv", "text/csv", file.csv().getBytes(StandardCharsets.UTF_8));
        assertThat(rerun.<Integer>json("$.created")).isZero();
        assertThat(rerun.<Integer>json("$.updated")).isZero();
        assertThat(rerun.<Integer>json("$.unchanged")).isEqualTo(file.goodRows());
        assertThat(rerun.<List<Integer>>json("$.rejected[*].line")).containsExactlyElementsOf(file.badLines());
        assertThat(customers(org)).isEqualTo(customers);
        assertThat(owner.count("SELECT count(*) FROM vehicles WHERE organization_id = '" + org + "'")).isEqualTo(vehicles);
        assertThat(owner.count("SELECT max(version) FROM customers WHERE organization_id = '" + org + "'")).isZero();
    }

    @Test
    void aRowWithABadVehicleLeavesNoCustomerAndConflictsAreReported() {
        UUID org = UUID.randomUUID();
        String taken = newPhone();
        String otherOwner = createCustomer(admin(org), "Existing Owner", taken);
        String vin = newVin();
        registerVehicle(admin(org), otherOwner, vin, newPlate());
        String newcomer = newPhone();
        String csv = """
                name,phone,email,vin,make,model
                New Person,%s,,%s,Kia,Sonet
                Typo Person,%s,,MA3SHORT,Kia,Sonet
                Existing Owner Renamed,%s,renamed@example.com,,,
                Same Phone Other Name,%s,,,,
                Existing Owner Renamed,%s,renamed@example.com,,,
                """.formatted(newcomer, vin, newPhone(), taken, taken, taken);
        var r = upload(org, "c.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.<List<Integer>>json("$.rejected[*].line")).containsExactly(2, 3, 5);
        assertThat(r.<String>json("$.rejected[0].reasons[0]")).contains("belongs to another customer");
        assertThat(r.<String>json("$.rejected[1].reasons[0]")).startsWith("vin");
        assertThat(r.<String>json("$.rejected[2].reasons[0]")).contains("line 4");
        assertThat(r.<Integer>json("$.updated")).isEqualTo(1);
        assertThat(r.<Integer>json("$.unchanged")).isEqualTo(1);
        assertThat(admin(org).get("/api/v1/customers?phone=" + newcomer.substring(1)).<Integer>json("$.page.totalElements"))
                .as("the customer of a row whose vehicle was refused is not created").isZero();
        var renamed = admin(org).get("/api/v1/customers/" + otherOwner);
        assertThat(renamed.<String>json("$.name")).isEqualTo("Existing Owner Renamed");
        assertThat(renamed.<String>json("$.email")).isEqualTo("renamed@example.com");
    }

    @Test
    void excelImportAndExportRoundTrip() throws Exception {
        UUID org = UUID.randomUUID();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        String phone = newPhone();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("customers");
            String[][] rows = {{"type", "name", "phone", "gstin", "vin", "registrationNumber", "make", "model", "year"},
                    {"BUSINESS", "Malabar Foods Pvt Ltd", phone, "", newVin(), newPlate(), "Tata", "Ace", "2019"},
                    {"INDIVIDUAL", "Léa Dubois", "+33 6 12 34 56 78", "", "", newPlate(), "Renault", "Kiger", "2022"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (c == 8 && i > 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(rows[i][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
            workbook.write(xlsx);
        }
        var imported = upload(org, "customers.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.toByteArray());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.<Integer>json("$.created")).isEqualTo(2);
        assertThat(admin(org).get("/api/v1/customers?phone=%2B33612345678").<String>json("$.items[0].name"))
                .isEqualTo("Léa Dubois");
        var created = KafkaTap.on("customer.customer.v1").await("the imported customer's CustomerCreated",
                e -> e.value().contains("+33612345678"), 1).get(0);
        EventContracts.requirePublished("customer-service", created);
        assertThat(KafkaTap.on("customer.vehicle.v1").await("the imported vehicle's VehicleRegistered",
                e -> e.value().contains("Malabar") || e.value().contains("\"Ace\""), 1))
                .as("the imported vehicle was announced").hasSize(1);

        String exported = download(org, "csv");
        assertThat(exported).startsWith("type,name,phone,alternatePhone,email").contains("Malabar Foods Pvt Ltd");
        var reimported = upload(org, "export.csv", "text/csv", exported.getBytes(StandardCharsets.UTF_8));
        assertThat(reimported.<Integer>json("$.unchanged")).as(reimported.toString()).isEqualTo(2);
        assertThat(reimported.<Integer>json("$.accepted")).isEqualTo(2);

        byte[] excel = downloadBytes(org, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(excel))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(3);
        }
        var again = upload(org, "export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel);
        assertThat(again.<Integer>json("$.unchanged")).as(again.toString()).isEqualTo(2);
    }

    @Test
    void unusableFilesAndPermissions() {
        UUID org = UUID.randomUUID();
        assertThat(upload(org, "c.csv", "text/csv", "foo,bar\n1,2\n".getBytes()).<String>json("$.code"))
                .isEqualTo("missing-columns");
        assertThat(upload(org, "c.csv", "text/csv", "name,phone,shoeSize\nA,1\n".getBytes()).<String>json("$.code"))
                .isEqualTo("unknown-columns");
        assertThat(upload(org, "c.pdf", "application/pdf", "x".getBytes()).status()).isEqualTo(415);
        assertThat(upload(org, "c.xlsx", "application/octet-stream", "not a zip".getBytes()).<String>json("$.code"))
                .isEqualTo("unreadable-file");
        Multipart m = Multipart.file("file", "c.csv", "text/csv", "name,phone\n".getBytes());
        assertThat(as(org, "customer:write").sendBytes("POST", "/api/v1/customer-imports", m.body(), m.contentType())
                .status()).isEqualTo(403);
        assertThat(as(org, "customer:read").get("/api/v1/customers/export").status()).isEqualTo(403);
        assertThat(admin(org).get("/api/v1/customers/export?format=pdf").status()).isEqualTo(400);
    }

    private long customers(UUID org) {
        return owner.count("SELECT count(*) FROM customers WHERE organization_id = '" + org + "'");
    }

    private TestHttp.Response upload(UUID org, String name, String type, byte[] content) {
        Multipart m = Multipart.file("file", name, type, content);
        return admin(org).sendBytes("POST", "/api/v1/customer-imports", m.body(), m.contentType());
    }

    private String download(UUID org, String format) throws Exception {
        return new String(downloadBytes(org, format), StandardCharsets.UTF_8);
    }

    private byte[] downloadBytes(UUID org, String format) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/customers/export?format=" + format))
                .header("Authorization", "Bearer " + tokens.user(org).permissions(EVERYTHING).mint()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
