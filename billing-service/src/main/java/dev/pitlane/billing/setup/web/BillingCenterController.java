package dev.pitlane.billing.setup.web;

import dev.pitlane.billing.setup.application.BillingSetupService;
import dev.pitlane.billing.setup.application.SellerDetails;
import dev.pitlane.billing.setup.application.SellerDetailsCommand;
import dev.pitlane.billing.setup.application.SeriesView;
import dev.pitlane.billing.setup.domain.DocumentType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/billing-centers/{serviceCenterId}")
@Tag(name = "Billing setup", description = "The supplier's details each service center's invoices print, and its "
        + "numbering series per document type and financial year")
class BillingCenterController {

    private final BillingSetupService setup;

    BillingCenterController(BillingSetupService setup) {
        this.setup = setup;
    }

    record SellerRequest(@NotBlank @Size(max = 200) String legalName, @Size(max = 200) String tradeName,
                         @NotBlank @Size(max = 200) String addressLine1, @Size(max = 200) String addressLine2,
                         @NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 12) String postalCode,
                         @NotBlank String stateCode, @NotBlank String gstin) {
    }

    record SeriesRequest(@NotNull DocumentType documentType, @NotNull @Min(2017) @Max(9998) Integer financialYear,
                         @NotBlank String prefix, @NotNull Integer numberWidth) {
    }

    @PutMapping
    @PreAuthorize("hasAuthority('billing:manage')")
    @Operation(summary = "Set the seller's details of a service center", description = "The GSTIN must carry its "
            + "check character and be registered in the state given (422 gst.invalid-gstin, "
            + "billing-center.gstin-state-mismatch). Issued invoices keep the details they printed.")
    SellerDetails describe(@PathVariable UUID serviceCenterId, @Valid @RequestBody SellerRequest body) {
        return setup.describeCenter(serviceCenterId, new SellerDetailsCommand(body.legalName(), body.tradeName(),
                body.addressLine1(), body.addressLine2(), body.city(), body.postalCode(), body.stateCode(),
                body.gstin()));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing:read')")
    SellerDetails get(@PathVariable UUID serviceCenterId) {
        return setup.center(serviceCenterId);
    }

    @PostMapping("/series")
    @PreAuthorize("hasAuthority('billing:manage')")
    @Operation(summary = "Set up a numbering series", description = "financialYear is the year it starts in (2025 = "
            + "April 2025 - March 2026). Numbers are the prefix and the counter zero-padded to numberWidth; prefix "
            + "(letters, digits, '-', '/') and width together at most 14 characters, so a number keeps within 16 "
            + "with 2 to spare for an amendment (422 series.invalid-prefix, series.number-too-long). One series per "
            + "center, document type and year; a prefix once per organization and year (409 duplicate).")
    ResponseEntity<SeriesView> createSeries(@PathVariable UUID serviceCenterId, @Valid @RequestBody SeriesRequest body) {
        SeriesView created = setup.createSeries(serviceCenterId, body.documentType(), body.financialYear(),
                body.prefix(), body.numberWidth());
        return ResponseEntity.created(URI.create("/api/v1/billing-centers/" + serviceCenterId + "/series/"
                + created.id())).body(created);
    }

    @GetMapping("/series")
    @PreAuthorize("hasAuthority('billing:read')")
    List<SeriesView> series(@PathVariable UUID serviceCenterId) {
        return setup.series(serviceCenterId);
    }
}
