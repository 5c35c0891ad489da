package dev.pitlane.inventory.opening.web;

import dev.pitlane.inventory.opening.application.OpeningStockImport;
import dev.pitlane.inventory.opening.domain.OpeningLine;
import dev.pitlane.platform.imports.FileFormat;
import dev.pitlane.platform.imports.ImportJob;
import dev.pitlane.platform.imports.ImportJobs;
import dev.pitlane.platform.imports.TabularWriter;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Opening stock import", description = "The stock each location holds on its first day, from CSV or Excel")
class OpeningStockImportController {

    private static final String BASE = "/api/v1/opening-stock-imports";

    private final ImportJobs jobs;
    private final OpeningStockImport imports;

    OpeningStockImportController(ImportJobs jobs, OpeningStockImport imports) {
        this.jobs = jobs;
        this.imports = imports;
    }

    @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('stock:adjust')")
    @Operation(summary = "Import opening stock (CSV or XLSX): one OPENING_BALANCE posting per location", description = """
            Columns: location (code), sku or partNumber, quantity, unitCost, batchNumber, expiresOn, serialNumbers \
            (separated by ;). A location's valid rows post together through the stock engine; a location that \
            already has movements is refused unless `reopen=true`, which takes settings:manage. `dryRun=true` \
            changes nothing. The same Idempotency-Key gives the same job.""")
    ResponseEntity<ImportJob> importFile(@RequestParam("file") MultipartFile file,
                                         @RequestParam(defaultValue = "false") boolean dryRun,
                                         @RequestParam(defaultValue = "false") boolean reopen,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (reopen && !TenantContext.caller().can("settings:manage")) {
            throw ApiException.forbidden("A re-opening is confirmed by an administrator (settings:manage)");
        }
        ImportJob job = jobs.submit(OpeningStockImport.KIND, file, dryRun, reopen ? Map.of("reopen", "true")
                : Map.of(), key, imports.importer(reopen));
        return ImportJobs.answer(job, BASE);
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize("hasAuthority('stock:adjust')")
    @Operation(summary = "An opening stock import's status, counts and every rejected row")
    ImportJob status(@PathVariable UUID id) {
        return jobs.get(OpeningStockImport.KIND, id);
    }

    @GetMapping(BASE + "/template")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "The import's columns with example rows (csv or xlsx)")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response)
            throws IOException {
        FileFormat f = FileFormat.ofParameter(format);
        response.setContentType(f.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"opening-stock-template" + f.extension()
                + "\"");
        try (TabularWriter out = TabularWriter.open(f, response.getOutputStream(), "opening stock")) {
            out.row(OpeningLine.HEADER);
            out.row(List.of("CWH-BHI", "BPF-SWF", "", "24", "1150", "", "", ""));
            out.row(List.of("CWH-BHI", "OIL-CAS-5W30", "", "60", "520", "CAS-2611", "2029-10-31", ""));
            out.row(List.of("STR-AND", "BAT-EXD45", "", "2", "5400", "", "", "EXD45-0001;EXD45-0002"));
        }
    }
}
