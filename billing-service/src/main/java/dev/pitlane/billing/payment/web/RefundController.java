package dev.pitlane.billing.payment.web;

import dev.pitlane.billing.payment.application.RefundService;
import dev.pitlane.billing.payment.application.RefundView;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/refunds")
@Tag(name = "Refunds", description = "Money given back on a payment, full or partial")
class RefundController {

    private final RefundService refunds;

    RefundController(RefundService refunds) {
        this.refunds = refunds;
    }

    record RefundRequest(@NotNull UUID paymentId, @NotNull BigDecimal amount, @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('refund:issue')")
    @Operation(summary = "Refund a payment", description = "Idempotency-Key required; the same key with another "
            + "body is 422 idempotency-key-reused. Never more than the payment has left (409 refund.exceeds-paid). "
            + "The payment's advance is given back first, then what it paid on the invoice, which is due again. "
            + "Publishes RefundIssued.")
    ResponseEntity<RefundView> refund(@Valid @RequestBody RefundRequest body) {
        RefundView refund = refunds.refund(body.paymentId(), body.amount(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/refunds/" + refund.id())).body(refund);
    }
}
