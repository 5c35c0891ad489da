package dev.pitlane.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentApiTest extends BillingTestBase {

    @Test
    void anInvoiceIsPaidInTwoPartsByDifferentMethods() {
        Org org = newOrg().withSeries("PAY-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");

        var cash = org.pay(invoice, "CASH", "1000.00", key());
        var upi = org.pay(invoice, "UPI", total.subtract(new BigDecimal("1000.00")).toPlainString(), key());

        assertThat(cash.status()).as(cash.body()).isEqualTo(201);
        assertThat(cash.<String>json("$.invoiceStatus")).isEqualTo("PARTIALLY_PAID");
        assertThat(upi.<String>json("$.invoiceStatus")).isEqualTo("PAID");
        var after = org.accountant().get("/api/v1/invoices/" + invoice);
        assertThat(after.<String>json("$.status")).isEqualTo("PAID");
        assertThat(amount(after, "$.due")).isEqualByComparingTo("0");
        assertThat(org.accountant().get("/api/v1/payments?invoiceId=" + invoice).<Integer>json("$.length()"))
                .isEqualTo(2);
    }

    @Test
    void moreThanIsDueIsRefusedUnlessRecordedAsAnAdvance() {
        Org org = newOrg().withSeries("PAY-");
        String invoice = org.issued();

        var over = org.pay(invoice, "CASH", "5000.00", key());
        var advance = org.advisor().post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "BANK_TRANSFER", "amount": 5000.00, "asAdvance": true,
                 "reference": "UTR123"}""".formatted(invoice), "Idempotency-Key", key());

        assertThat(over.status()).isEqualTo(409);
        assertThat(over.<String>json("$.code")).isEqualTo("payment.exceeds-due");
        assertThat(advance.status()).as(advance.body()).isEqualTo(201);
        assertThat(advance.<String>json("$.invoiceStatus")).isEqualTo("PAID");
        BigDecimal applied = amount(advance, "$.appliedAmount");
        BigDecimal kept = amount(advance, "$.advanceAmount");
        assertThat(applied.add(kept)).isEqualByComparingTo("5000.00");
        assertThat(kept).isPositive();
    }

    @Test
    void aPaymentNeedsAnIdempotencyKeyAndARetryRecordsItOnce() {
        Org org = newOrg().withSeries("PAY-");
        String invoice = org.issued();
        String key = key();

        var noKey = org.advisor().post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "CASH", "amount": 100.00}""".formatted(invoice));
        var first = org.pay(invoice, "CARD", "100.00", key);
        var retry = org.pay(invoice, "CARD", "100.00", key);
        var otherBody = org.pay(invoice, "CARD", "200.00", key);

        assertThat(noKey.status()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(org.accountant().get("/api/v1/payments?invoiceId=" + invoice).<Integer>json("$.length()"))
                .isEqualTo(1);
    }

    @Test
    void aDraftTakesNoPaymentAndAGatewayPaymentOnlyComesByWebhook() {
        Org org = newOrg().withSeries("PAY-");
        String draft = org.draft();
        String invoice = org.issued();

        assertThat(org.pay(draft, "CASH", "10.00", key()).<String>json("$.code")).isEqualTo("invoice.not-issued");
        assertThat(org.pay(invoice, "GATEWAY", "10.00", key()).<String>json("$.code"))
                .isEqualTo("payment.gateway-only-by-webhook");
        assertThat(org.pay(invoice, "CASH", "10.001", key()).<String>json("$.code")).isEqualTo("invalid-amount");
    }
}
