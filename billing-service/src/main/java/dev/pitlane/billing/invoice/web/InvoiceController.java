package dev.pitlane.billing.invoice.web;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.billing.invoice.application.InvoiceService;
import dev.pitlane.billing.invoice.application.InvoiceView;
import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "DRAFT → ISSUED → PARTIALLY_PAID → PAID (or CANCELLED by a full credit note). "
        + "Only a draft changes (409 invoice.not-draft otherwise); the number is given at issue, gapless per "
        + "series of the service center and financial year")
class InvoiceController {

    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "number", "number",
            "invoiceDate", "invoiceDate", "grandTotal", "grandTotal", "status", "status");

    private final InvoiceService invoices;

    InvoiceController(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('invoice:write')")
    @Operation(summary = "Draft an invoice", description = "Taxed by the GST module at today's rates (an estimate "
            + "until issue); 422 gst.* for a line it cannot tax, billing-center.not-set-up for a center without "
            + "seller details")
    ResponseEntity<InvoiceView> draft(@Valid @RequestBody InvoiceRequest body) {
        InvoiceView created = invoices.draft(body.command());
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('invoice:write')")
    @Operation(summary = "Replace a draft's recipient and lines", description = "version: the draft's version as "
            + "read (409 concurrent-modification when it moved on)")
    InvoiceView change(@PathVariable UUID id, @Valid @RequestBody InvoiceRequest body) {
        if (body.version() == null) {
            throw DomainException.invalidField("version", "NotNull", "the version of the draft as read");
        }
        return invoices.changeDraft(id, body.version(), body.command());
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAuthority('invoice:issue')")
    @Operation(summary = "Issue a draft", description = "Taxed again at the invoice date's rates, the recipient "
            + "checked (Rule 46: 422 invoice.recipient-name-missing, invoice.recipient-address-missing), then "
            + "numbered from the center's INVOICE series of the financial year (422 series.missing, 409 "
            + "series.exhausted). Publishes InvoiceIssued.")
    InvoiceView issue(@PathVariable UUID id) {
        return invoices.issue(id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    InvoiceView get(@PathVariable UUID id) {
        return invoices.get(id);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing:read')")
    PageResponse<InvoiceView> list(@RequestParam(required = false) InvoiceStatus status,
                                   @RequestParam(required = false) UUID customerId,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) List<String> sort) {
        return invoices.list(status, customerId,
                PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("createdAt", true)));
    }
}
