package dev.pitlane.inventory.catalog.web;

import dev.pitlane.inventory.catalog.application.ItemExport;
import dev.pitlane.inventory.catalog.application.ItemImport;
import dev.pitlane.inventory.catalog.domain.ItemColumns;
import dev.pitlane.platform.imports.FileFormat;
import dev.pitlane.platform.imports.ImportJob;
import dev.pitlane.platform.imports.ImportJobs;
import dev.pitlane.platform.imports.TabularWriter;
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
import java.util.UUID;

@RestController
@Tag(name = "Catalog import and export", description = "Parts catalogs and OEM price lists from and to CSV or Excel")
class ItemImportController {

    private static final String BASE = "/api/v1/item-imports";

    private final ImportJobs jobs;
    private final ItemImport imports;
    private final ItemExport export;

    ItemImportController(ImportJobs jobs, ItemImport imports, ItemExport export) {
        this.jobs = jobs;
        this.imports = imports;
        this.export = export;
    }

    @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('item:write')")
    @Operation(summary = "Import a parts catalog or price list (CSV or XLSX)", description = """
            Multipart field `file`. Header row, any order, matched ignoring case, spaces and underscores: sku, \
            partNumber, name, description, brand, categoryPath ("Brakes > Brake pads"), unit (code), hsnCode, \
            gstRate, sellingPrice (or MRP), standardCost, barcode, trackingMode, shelfLifeDays, supersededBy (SKU \
            or part number), priceEffectiveFrom. Items are matched by SKU, else part number; only the file's \
            columns change an item; changed prices are recorded from `priceEffectiveFrom` (else `effectiveFrom`, \
            else today). Runs as a job: 200 when it finished within 2 s, else 202 (poll Location). `dryRun=true` \
            reports what would change and changes nothing. The same Idempotency-Key gives the same job.""")
    ResponseEntity<ImportJob> importFile(@RequestParam("file") MultipartFile file,
                                         @RequestParam(defaultValue = "false") boolean dryRun,
                                         @RequestParam(required = false) String effectiveFrom,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ImportJob job = jobs.submit(ItemImport.KIND, file, dryRun, imports.options(effectiveFrom), key,
                imports.importer());
        return ImportJobs.answer(job, BASE);
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize("hasAuthority('item:write')")
    @Operation(summary = "An import's status, counts and every rejected row")
    ImportJob status(@PathVariable UUID id) {
        return jobs.get(ItemImport.KIND, id);
    }

    @GetMapping(BASE + "/template")
    @PreAuthorize("hasAuthority('item:read')")
    @Operation(summary = "The import's columns with an example row (csv or xlsx)")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response)
            throws IOException {
        FileFormat f = FileFormat.ofParameter(format);
        attachment(response, f, "item-import-template");
        try (TabularWriter out = TabularWriter.open(f, response.getOutputStream(), "items")) {
            out.row(ItemColumns.HEADER);
            out.row(List.of("BPF-SWF", "0986AB1200", "Front brake pad set, Maruti Swift", "", "Bosch India",
                    "Brakes > Brake pads", "pcs", "87083000", "28", "1553", "1150", "8901234567890", "NONE", "",
                    "", imports.today().toString()));
        }
    }

    @GetMapping("/api/v1/items/export")
    @PreAuthorize("hasAuthority('item:read')")
    @Operation(summary = "Export the catalog (csv or xlsx), in the import's columns", description = "Streamed; the "
            + "file imports back with every row unchanged.")
    void exportItems(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        FileFormat f = FileFormat.ofParameter(format);
        attachment(response, f, "items");
        try (TabularWriter out = TabularWriter.open(f, response.getOutputStream(), "items")) {
            export.write(out);
        }
    }

    static void attachment(HttpServletResponse response, FileFormat format, String name) {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + format.extension() + "\"");
    }
}
