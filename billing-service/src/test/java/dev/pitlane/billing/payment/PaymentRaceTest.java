package dev.pitlane.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.TestHttp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentRaceTest extends BillingTestBase {

    @Test
    void concurrentPaymentsThatTogetherExceedWhatIsDueNeverOverpayTheInvoice() throws Exception {
        Org org = newOrg().withSeries("RACE-");
        String invoice = org.issued();
        BigDecimal total = amount(org.accountant().get("/api/v1/invoices/" + invoice), "$.totals.grandTotal");
        // 20 payments of a tenth of the total: only ten fit
        BigDecimal tenth = total.divide(BigDecimal.TEN, 2, RoundingMode.DOWN);

        List<TestHttp.Response> answers = Concurrently.run(20,
                () -> org.pay(invoice, "UPI", tenth.toPlainString(), UUID.randomUUID().toString()));

        long accepted = answers.stream().filter(a -> a.status() == 201).count();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
        assertThat(accepted).isEqualTo(10);
        var after = org.accountant().get("/api/v1/invoices/" + invoice);
        BigDecimal paid = amount(after, "$.paid");
        assertThat(paid).isEqualByComparingTo(tenth.multiply(BigDecimal.TEN));
        assertThat(paid).isLessThanOrEqualTo(total);
    }
}
