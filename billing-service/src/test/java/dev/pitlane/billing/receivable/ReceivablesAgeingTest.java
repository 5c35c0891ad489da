package dev.pitlane.billing.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReceivablesAgeingTest extends BillingTestBase {

    @Test
    void aCustomersOpenBalanceAgesByInvoiceDateAndAdvancesAreShownBeside() {
        Org org = newOrg().withSeries("AGE-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");
        org.pay(invoice, "CASH", "1000.00", key());
        String paidOff = org.issued();
        var withAdvance = org.advisor().post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "UPI", "amount": %s, "asAdvance": true}"""
                .formatted(paidOff, total.add(new BigDecimal("500.00"))), "Idempotency-Key", key());
        assertThat(withAdvance.status()).as(withAdvance.body()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));

        var now = org.accountant().get("/api/v1/receivables/ageing?asOf=" + today);
        var later = org.accountant().get("/api/v1/receivables/ageing?asOf=" + today.plusDays(45));

        BigDecimal open = total.subtract(new BigDecimal("1000.00"));
        assertThat(amount(now, "$.customers[0].days0To30")).isEqualByComparingTo(open);
        assertThat(amount(now, "$.totals.totalDue")).isEqualByComparingTo(open);
        assertThat(amount(now, "$.totals.advances")).isEqualByComparingTo("500.00");
        assertThat(amount(later, "$.customers[0].days0To30")).isEqualByComparingTo("0");
        assertThat(amount(later, "$.customers[0].days31To60")).isEqualByComparingTo(open);
        assertThat(org.advisor().get("/api/v1/receivables/ageing").status()).isEqualTo(200);
        assertThat(newOrg().accountant().get("/api/v1/receivables/ageing").<Integer>json("$.customers.length()"))
                .isZero();
    }
}
