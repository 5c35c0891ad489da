package dev.pitlane.billing.creditnote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditNoteApiTest extends BillingTestBase {

    @Test
    void aPartialCreditNoteTakesItsOwnNumberIsTaxedAsTheInvoiceAndLowersWhatIsDue() {
        Org org = newOrg().withSeries("PUN-").withCreditNoteSeries("PUN/CN-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");

        var note = org.accountant().post("/api/v1/credit-notes", """
                {"invoiceId": "%s", "reason": "Brake pads returned unused", "lines": [{"position": 2}]}"""
                .formatted(invoice), "Idempotency-Key", key());

        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.<String>json("$.number")).isEqualTo("PUN/CN-0001");
        // 1,999.99 less 10 % = 1,799.99 taxable, 162.00 CGST and 162.00 SGST, rounded to 2,124
        assertThat(amount(note, "$.taxableValue")).isEqualByComparingTo("1799.99");
        assertThat(amount(note, "$.cgst")).isEqualByComparingTo(amount(note, "$.sgst"));
        assertThat(amount(note, "$.grandTotal")).isEqualByComparingTo("2124.00");
        assertThat(amount(note, "$.invoiceDue")).isEqualByComparingTo(total.subtract(new BigDecimal("2124.00")));
        var again = org.accountant().post("/api/v1/credit-notes", """
                {"invoiceId": "%s", "reason": "again", "lines": [{"position": 2, "quantity": 0.5}]}"""
                .formatted(invoice), "Idempotency-Key", key());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.code")).isEqualTo("credit-note.exceeds-invoiced");
    }

    @Test
    void cancellingAnUnpaidInvoiceCreditsItInFull() {
        Org org = newOrg().withSeries("PUN-").withCreditNoteSeries("CN-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");

        var cancel = org.accountant().post("/api/v1/invoices/" + invoice + "/cancel",
                "{\"reason\": \"Billed to the wrong customer\"}", "Idempotency-Key", key());
        var twice = org.accountant().post("/api/v1/invoices/" + invoice + "/cancel",
                "{\"reason\": \"again\"}", "Idempotency-Key", key());

        assertThat(cancel.status()).as(cancel.body()).isEqualTo(201);
        assertThat(amount(cancel, "$.grandTotal")).isEqualByComparingTo(total);
        assertThat(cancel.<String>json("$.invoiceStatus")).isEqualTo("CANCELLED");
        assertThat(twice.<String>json("$.code")).isEqualTo("credit-note.nothing-left");
        assertThat(org.accountant().get("/api/v1/credit-notes?invoiceId=" + invoice).<Integer>json("$.length()"))
                .isEqualTo(1);
    }

    @Test
    void aCreditAboveWhatIsStillDueWaitsForARefund() {
        Org org = newOrg().withSeries("PUN-").withCreditNoteSeries("CN-");
        String invoice = org.issued();
        org.pay(invoice, "CASH", "3000.00", key());

        var tooMuch = org.accountant().post("/api/v1/invoices/" + invoice + "/cancel",
                "{\"reason\": \"Wrong job\"}", "Idempotency-Key", key());

        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.<String>json("$.code")).isEqualTo("credit-note.exceeds-due");
    }
}
