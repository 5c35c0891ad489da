package dev.pitlane.billing.creditnote.web;

import dev.pitlane.billing.creditnote.application.CreditLineRequest;
import dev.pitlane.billing.creditnote.application.CreditNoteService;
import dev.pitlane.billing.creditnote.application.CreditNoteView;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Credit notes", description = "Corrections of issued invoices, full or partial, numbered from the "
        + "center's own CREDIT_NOTE series")
class CreditNoteController {

    private final CreditNoteService creditNotes;

    CreditNoteController(CreditNoteService creditNotes) {
        this.creditNotes = creditNotes;
    }

    record Line(@NotNull Integer position, BigDecimal quantity) {
    }

    record CreditNoteRequest(@NotNull UUID invoiceId, @NotBlank @Size(max = 500) String reason,
                             @Size(max = 200) List<@Valid @NotNull Line> lines) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/credit-notes")
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('credit-note:issue')")
    @Operation(summary = "Issue a credit note", description = "Idempotency-Key required. lines: invoice line "
            + "positions and quantities (no quantity: what is left of the line); none: everything not credited yet. "
            + "Taxed at the invoice's place of supply and rates. 409 credit-note.exceeds-invoiced, "
            + "credit-note.exceeds-due (refund first), 422 series.missing. Publishes CreditNoteIssued.")
    ResponseEntity<CreditNoteView> issue(@Valid @RequestBody CreditNoteRequest body) {
        List<CreditLineRequest> lines = body.lines() == null ? List.of()
                : body.lines().stream().map(l -> new CreditLineRequest(l.position(), l.quantity())).toList();
        CreditNoteView note = creditNotes.issue(body.invoiceId(), body.reason(), lines);
        return ResponseEntity.created(URI.create("/api/v1/credit-notes/" + note.id())).body(note);
    }

    @PostMapping("/api/v1/invoices/{id}/cancel")
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('credit-note:issue')")
    @Operation(summary = "Cancel an issued invoice by a full credit note", description = "Everything not credited "
            + "yet; an invoice with nothing paid becomes CANCELLED. Refund payments first (409 "
            + "credit-note.exceeds-due).")
    ResponseEntity<CreditNoteView> cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest body) {
        CreditNoteView note = creditNotes.issue(id, body.reason(), List.of());
        return ResponseEntity.created(URI.create("/api/v1/credit-notes/" + note.id())).body(note);
    }

    @GetMapping("/api/v1/credit-notes/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    CreditNoteView get(@PathVariable UUID id) {
        return creditNotes.get(id);
    }

    @GetMapping("/api/v1/credit-notes")
    @PreAuthorize("hasAuthority('billing:read')")
    List<CreditNoteView> ofInvoice(@RequestParam UUID invoiceId) {
        return creditNotes.ofInvoice(invoiceId);
    }
}
