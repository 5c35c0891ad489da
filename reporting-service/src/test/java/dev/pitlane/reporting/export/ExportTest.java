package dev.pitlane.reporting.export;

import dev.pitlane.reporting.support.ReportingTestBase;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ExportTest extends ReportingTestBase {

    /** More than a cursor fetch and a progress step, fewer than a test should wait for. */
    private static final int ROWS = 25_000;

    @Test
    void aReportIsExportedAsCsvAndXlsxWithEveryRow() throws Exception {
        UUID org = UUID.randomUUID();
        // the export is measured here, not the feeds: the read model's rows are written as the feeds would
        db.execute("""
                INSERT INTO stock_movements_daily (organization_id, day, item_id, location_id, quantity_in,
                    quantity_out, value_in, value_out, movements)
                SELECT '%s', DATE '2026-01-01' + (i %% 300), md5(i::text)::uuid, md5('l' || (i %% 7))::uuid,
                    i %% 97 + 0.125, i %% 13, (i %% 97) * 12.3456, 0, 1 + i %% 3
                FROM generate_series(1, %d) i""".formatted(org, ROWS));
        List<List<String>> expected = new ArrayList<>();
        for (List<Object> row : db.rows("SELECT day, item_id, location_id, quantity_in, quantity_out, value_in, "
                + "value_out, movements FROM stock_movements_daily WHERE organization_id = '" + org
                + "' ORDER BY day, item_id, location_id")) {
            expected.add(row.stream().map(String::valueOf).toList());
        }
        TestHttp accountant = accountant(org);

        String csv = new String(download(accountant, export(accountant, "CSV")), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("day,itemId,locationId,quantityIn,quantityOut,valueIn,valueOut,movements");
        assertThat(lines).hasSize(ROWS + 1);
        for (int i = 0; i < ROWS; i++) {
            List<String> fields = List.of(lines.get(i + 1).split(",", -1));
            List<String> want = expected.get(i);
            assertThat(fields.subList(0, 3)).isEqualTo(want.subList(0, 3));
            for (int c = 3; c < 8; c++) {
                assertThat(new BigDecimal(fields.get(c))).as("row " + i + " column " + c)
                        .isEqualByComparingTo(new BigDecimal(want.get(c)));
            }
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(accountant,
                export(accountant, "XLSX"))))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("movements");
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.getRow(i + 1);
                List<String> want = expected.get(i);
                for (int c = 0; c < 3; c++) {
                    assertThat(row.getCell(c).getStringCellValue()).isEqualTo(want.get(c));
                }
                for (int c = 3; c < 8; c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as("row " + i + " column " + c)
                            .isEqualByComparingTo(new BigDecimal(want.get(c)));
                }
            }
        }
        assertThat(accountant.get("/api/v1/exports").<List<?>>json("$.items")).hasSize(2);
    }

    @Test
    void badRequestsChangeNothing() {
        UUID org = UUID.randomUUID();
        TestHttp accountant = accountant(org);
        var unknown = accountant.post("/api/v1/exports", "{\"report\":\"salaries\",\"format\":\"CSV\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.<String>json("$.errors[0].field")).isEqualTo("report");
        assertThat(accountant.post("/api/v1/exports", "{\"report\":\"stock-movements\",\"format\":\"DOC\"}")
                .status()).isEqualTo(400);
        assertThat(as(org, "TECHNICIAN", "report:read").post("/api/v1/exports",
                "{\"report\":\"stock-movements\",\"format\":\"CSV\"}").status()).isEqualTo(403);
        assertThat(accountant.get("/api/v1/exports").<List<?>>json("$.items")).isEmpty();
        assertThat(accountant.get("/api/v1/exports/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static String export(TestHttp as, String format) {
        var started = as.post("/api/v1/exports", "{\"report\":\"stock-movements\",\"format\":\"" + format + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json("$.id");
        var done = Await.until(format + " export", () -> as.get("/api/v1/exports/" + id),
                r -> !List.of("QUEUED", "RUNNING").contains(r.<String>json("$.status")));
        assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("DONE");
        assertThat(done.<Integer>json("$.rowsWritten")).isEqualTo(ROWS);
        assertThat(done.<Integer>json("$.rowsTotal")).isEqualTo(ROWS);
        assertThat(done.<String>json("$.expiresAt")).isNotNull();
        return done.json("$.downloadUrl");
    }

    private static byte[] download(TestHttp as, String path) {
        TestHttp.BinaryResponse file = as.getBytes(path);
        assertThat(file.status()).isEqualTo(200);
        return file.body();
    }
}
