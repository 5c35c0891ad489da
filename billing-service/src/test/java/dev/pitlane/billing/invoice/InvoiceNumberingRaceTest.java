package dev.pitlane.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvoiceNumberingRaceTest extends BillingTestBase {

    @Test
    void fiftyDraftsIssuedAtOnceInOneSeriesTakeFiftyConsecutiveNumbers() throws Exception {
        Org org = newOrg().withSeries("RACE/");
        Queue<String> drafts = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 50; i++) {
            drafts.add(org.draft());
        }
        TestHttp accountant = org.accountant();

        List<TestHttp.Response> answers = Concurrently.run(50,
                () -> accountant.post("/api/v1/invoices/" + drafts.remove() + "/issue", ""));

        List<String> numbers = new ArrayList<>();
        for (TestHttp.Response answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            numbers.add(answer.json("$.number"));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 50).mapToObj(n -> "RACE/%05d".formatted(n)).toList());
    }
}
