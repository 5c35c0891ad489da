package dev.pitlane.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every event billing publishes, read off the real broker, fits its contract in contracts/events/billing-service. */
class PublishedEventsContractTest extends BillingTestBase {

    private static final KafkaTap TAP = KafkaTap.on("billing.invoice.v1", "billing.payment.v1",
            "billing.credit-note.v1");

    @Test
    void issuedPaidRefundedAndCreditedInvoicesPublishEventsThatFitTheirContracts() {
        Org org = newOrg().withSeries("EVT-").withCreditNoteSeries("EVT/CN-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");
        String payment = org.pay(invoice, "CASH", total.toPlainString(), key()).json("$.id");
        org.accountant().post("/api/v1/refunds", """
                {"paymentId": "%s", "amount": 2124.00, "reason": "pads returned"}""".formatted(payment),
                "Idempotency-Key", key());
        var note = org.accountant().post("/api/v1/credit-notes", """
                {"invoiceId": "%s", "reason": "Brake pads returned unused", "lines": [{"position": 2}]}"""
                .formatted(invoice), "Idempotency-Key", key());
        assertThat(note.status()).as(note.body()).isEqualTo(201);

        for (String type : new String[] {"InvoiceIssued", "PaymentReceived", "InvoicePaid", "RefundIssued",
                "CreditNoteIssued"}) {
            EventContracts.requirePublished("billing-service", TAP.await(org.id, type, 1).get(0));
        }
        // paid, reopened by the refund, settled again by the credit note: InvoicePaid only the first time
        assertThat(TAP.caughtUp().events(org.id, "InvoicePaid")).hasSize(1);
        assertThat(org.accountant().get("/api/v1/invoices/" + invoice).<String>json("$.status")).isEqualTo("PAID");
        KafkaTap.Event paid = TAP.await(org.id, "InvoicePaid", 1).get(0);
        assertThat(paid.aggregateId()).isEqualTo(invoice);
        assertThat(paid.data().has("jobCardId")).isFalse();
        assertThat(UUID.fromString(paid.data().get("customerId").asString())).isNotNull();
    }
}
