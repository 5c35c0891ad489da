package dev.pitlane.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RefundApiTest extends BillingTestBase {

    @Test
    void aPartialRefundReopensThePaidInvoiceAndNeverExceedsThePayment() {
        Org org = newOrg().withSeries("REF-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");
        String payment = org.pay(invoice, "CARD", total.toPlainString(), key()).json("$.id");

        var refund = org.accountant().post("/api/v1/refunds", """
                {"paymentId": "%s", "amount": 500.00, "reason": "Goodwill on the labour"}""".formatted(payment),
                "Idempotency-Key", key());
        var tooMuch = org.accountant().post("/api/v1/refunds", """
                {"paymentId": "%s", "amount": %s, "reason": "everything again"}""".formatted(payment, total),
                "Idempotency-Key", key());

        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
        assertThat(refund.<String>json("$.invoiceStatus")).isEqualTo("PARTIALLY_PAID");
        assertThat(amount(refund, "$.invoiceDue")).isEqualByComparingTo("500.00");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.<String>json("$.code")).isEqualTo("refund.exceeds-paid");
        assertThat(amount(org.accountant().get("/api/v1/payments/" + payment), "$.refundedAmount"))
                .isEqualByComparingTo("500.00");
    }

    @Test
    void aRefundIsIdempotentByKeyAndARetryWithAnotherBodyIsRefused() {
        Org org = newOrg().withSeries("REF-");
        String invoice = org.issued();
        String payment = org.pay(invoice, "CASH", "1000.00", key()).json("$.id");
        String key = key();
        String body = """
                {"paymentId": "%s", "amount": 100.00, "reason": "overcharged"}""".formatted(payment);

        var first = org.accountant().post("/api/v1/refunds", body, "Idempotency-Key", key);
        var retry = org.accountant().post("/api/v1/refunds", body, "Idempotency-Key", key);
        var other = org.accountant().post("/api/v1/refunds", body.replace("100.00", "200.00"), "Idempotency-Key", key);
        var noKey = org.accountant().post("/api/v1/refunds", body);

        assertThat(retry.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(amount(org.accountant().get("/api/v1/payments/" + payment), "$.refundedAmount"))
                .isEqualByComparingTo("100.00");
        assertThat(org.advisor().post("/api/v1/refunds", body, "Idempotency-Key", key()).status()).isEqualTo(403);
    }

    @Test
    void aRefundGivesTheAdvanceBackBeforeTouchingTheInvoice() {
        Org org = newOrg().withSeries("REF-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");
        String payment = org.advisor().post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "UPI", "amount": %s, "asAdvance": true}"""
                .formatted(invoice, total.add(new BigDecimal("500.00"))), "Idempotency-Key", key()).json("$.id");

        var refund = org.accountant().post("/api/v1/refunds", """
                {"paymentId": "%s", "amount": 300.00, "reason": "advance not needed"}""".formatted(payment),
                "Idempotency-Key", key());

        assertThat(amount(refund, "$.fromInvoice")).isEqualByComparingTo("0");
        assertThat(refund.<String>json("$.invoiceStatus")).isEqualTo("PAID");
        assertThat(amount(org.accountant().get("/api/v1/receivables/ageing"), "$.totals.advances"))
                .isEqualByComparingTo("200.00");
    }
}
