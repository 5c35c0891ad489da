package dev.pitlane.billing.payment.web;

import dev.pitlane.billing.payment.application.PaymentService;
import dev.pitlane.billing.payment.application.PaymentView;
import dev.pitlane.billing.payment.application.RecordPayment;
import dev.pitlane.billing.payment.domain.PaymentMethod;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Money received against issued invoices: several per invoice, in parts, by "
        + "cash, card, UPI, bank transfer or cheque")
class PaymentController {

    private final PaymentService payments;

    PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    record PaymentRequest(@NotNull UUID invoiceId, @NotNull PaymentMethod method, @NotNull BigDecimal amount,
                          Boolean asAdvance, @Size(max = 100) String reference) {
    }

    @PostMapping
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('payment:record')")
    @Operation(summary = "Record a payment", description = "Idempotency-Key required. At most what the invoice has "
            + "due (409 payment.exceeds-due), unless asAdvance: then the rest is kept as the customer's advance. "
            + "A draft takes no payment (409 invoice.not-issued). GATEWAY payments come from the provider's webhook, "
            + "not from here (422 payment.gateway-only-by-webhook). Publishes PaymentReceived, and InvoicePaid "
            + "when it settles the invoice.")
    ResponseEntity<PaymentView> record(@Valid @RequestBody PaymentRequest body) {
        if (body.method() == PaymentMethod.GATEWAY) {
            throw DomainException.unprocessable(
                    "payment.gateway-only-by-webhook", "a gateway payment is recorded from the provider's webhook");
        }
        PaymentView recorded = payments.record(new RecordPayment(body.invoiceId(), body.method(), body.amount(),
                Boolean.TRUE.equals(body.asAdvance()), body.reference()));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + recorded.id())).body(recorded);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    PaymentView get(@PathVariable UUID id) {
        return payments.get(id);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing:read')")
    List<PaymentView> ofInvoice(@RequestParam UUID invoiceId) {
        return payments.ofInvoice(invoiceId);
    }
}
