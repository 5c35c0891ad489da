package dev.pitlane.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import dev.pitlane.testsupport.TestHttp;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentApiTest extends BillingTestBase {

    /** An issued invoice of the org's standard draft: 3,074.99 taxable, 3,629 with GST and round-off. */
    static String issued(Org org) {
        String id = org.draft();
        var issued = org.accountant().post("/api/v1/invoices/" + id + "/issue", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    static TestHttp.Response pay(Org org, String invoice, String method, String amount, String key) {
        return org.advisor().post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "%s", "amount": %s, "reference": "ref-%s"}"""
                .formatted(invoice, method, amount, key), "Idempotency-Key", key);
    }

    @Test
    void anInvoiceIsPaidInTwoPartsByDifferentMethods() {
        Org org = newOrg().withSeries("PAY-");
        String invoice = issued(org);
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");

        var cash = pay(org, invoice, "CASH", "1000.00", key());
        var upi = pay(org, invoice, "UPI", total.subtract(new BigDecimal("1000.00")).toPlainString(), key());

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
        String invoice = issued(org);

        var over = pay(org, invoice, "CASH", "5000.00", key());
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
        String invoice = issued(org);
        String key = key();

        var noKey = org.advisor().post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "CASH", "amount": 100.00}""".formatted(invoice));
        var first = pay(org, invoice, "CARD", "100.00", key);
        var retry = pay(org, invoice, "CARD", "100.00", key);
        var otherBody = pay(org, invoice, "CARD", "200.00", key);

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
        String invoice = issued(org);

        assertThat(pay(org, draft, "CASH", "10.00", key()).<String>json("$.code")).isEqualTo("invoice.not-issued");
        assertThat(pay(org, invoice, "GATEWAY", "10.00", key()).<String>json("$.code"))
                .isEqualTo("payment.gateway-only-by-webhook");
        assertThat(pay(org, invoice, "CASH", "10.001", key()).<String>json("$.code")).isEqualTo("invalid-amount");
    }
}
