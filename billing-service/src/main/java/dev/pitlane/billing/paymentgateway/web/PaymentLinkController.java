package dev.pitlane.billing.paymentgateway.web;

import dev.pitlane.billing.paymentgateway.application.PaymentGatewayService;
import dev.pitlane.billing.paymentgateway.application.PaymentOrderView;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payment links", description = "Orders at a payment provider; their captures arrive as webhooks")
class PaymentLinkController {

    private final PaymentGatewayService gateway;

    PaymentLinkController(PaymentGatewayService gateway) {
        this.gateway = gateway;
    }

    record LinkRequest(@NotBlank String provider, BigDecimal amount) {
    }

    @PostMapping("/api/v1/invoices/{id}/payment-links")
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('payment:record')")
    @Operation(summary = "Create a payment link", description = "For what the issued invoice has due, or the amount "
            + "given (at most that). The capture is recorded from the provider's signed webhook.")
    ResponseEntity<PaymentOrderView> create(@PathVariable UUID id, @Valid @RequestBody LinkRequest body) {
        PaymentOrderView order = gateway.createLink(id, body.provider(), body.amount());
        return ResponseEntity.created(URI.create("/api/v1/payments/orders/" + order.id())).body(order);
    }

    @GetMapping("/api/v1/payments/orders/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    PaymentOrderView get(@PathVariable UUID id) {
        return gateway.get(id);
    }
}
