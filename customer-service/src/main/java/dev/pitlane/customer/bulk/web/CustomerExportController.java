package dev.pitlane.customer.bulk.web;

import dev.pitlane.customer.bulk.application.Csv;
import dev.pitlane.customer.bulk.application.CustomerExport;
import dev.pitlane.customer.bulk.application.ImportColumns;
import dev.pitlane.platform.domain.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@Tag(name = "Import and export")
class CustomerExportController {

    private final CustomerExport export;

    CustomerExportController(CustomerExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/customers/export")
    @PreAuthorize("hasAuthority('customer:import')")
    @Transactional(readOnly = true)
    @Operation(summary = "Export every customer with its vehicles", description = "`format=csv` (default) or "
            + "`xlsx`, in the columns the import reads: the file imports back unchanged. Bulk data, so it takes "
            + "customer:import.")
    void export(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        switch (format) {
            case "csv" -> csv(response);
            case "xlsx" -> xlsx(response);
            default -> throw DomainException.invalidField("format", "Invalid", "must be csv or xlsx");
        }
    }

    private void csv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"customers.csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        Csv.writeRow(out, ImportColumns.ALL);
        export.rows(row -> Csv.writeRow(out, row));
        out.flush();
    }

    private void xlsx(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"customers.xlsx\"");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("customers");
            int[] next = {0};
            write(sheet.createRow(next[0]++), ImportColumns.ALL);
            export.rows(row -> write(sheet.createRow(next[0]++), row));
            workbook.write(response.getOutputStream());
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
