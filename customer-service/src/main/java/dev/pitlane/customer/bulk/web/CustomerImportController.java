package dev.pitlane.customer.bulk.web;

import dev.pitlane.customer.bulk.application.Csv;
import dev.pitlane.customer.bulk.application.CustomerImport;
import dev.pitlane.customer.bulk.application.ImportReport;
import dev.pitlane.customer.bulk.application.Sheet;
import dev.pitlane.customer.bulk.application.Xlsx;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

@RestController
@Tag(name = "Import and export", description = "Customers and vehicles from and to CSV or Excel")
class CustomerImportController {

    private final CustomerImport imports;

    CustomerImportController(CustomerImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/customer-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('customer:import')")
    @Operation(summary = "Import customers and vehicles from CSV or XLSX", description = """
            Multipart field `file` (.csv in UTF-8, or .xlsx: first sheet). Header row with the columns of the export: \
            type, name, phone, alternatePhone, email, gstin, smsConsent, emailConsent, addressLabel, addressLine1, \
            addressLine2, city, state, postalCode, country, notes, vin, registrationNumber, make, model, variant, year, \
            fuel, odometerKm (name and phone required; a row per vehicle). Rows are matched on phone, VIN and \
            registration number: an identical row is `unchanged`, so the same file twice changes nothing. Every \
            rejected row is listed with its line and reasons and changes nothing.""")
    ImportReport importFile(@RequestParam("file") MultipartFile file) {
        return imports.run(read(file));
    }

    private static Sheet read(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return Xlsx.read(file.getInputStream());
            }
            if (name.endsWith(".csv") || name.isEmpty()) {
                try (Reader reader = new java.io.BufferedReader(new InputStreamReader(file.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    return Csv.read(reader);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refused) {
                throw refused;
            }
            throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable-file", "The file could not be read as "
                    + (name.endsWith(".xlsx") ? "an Excel workbook" : "CSV"));
        }
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type",
                "Upload a .csv or .xlsx file");
    }
}
