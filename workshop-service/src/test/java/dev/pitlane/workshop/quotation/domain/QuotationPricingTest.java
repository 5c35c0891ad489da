package dev.pitlane.workshop.quotation.domain;

import dev.pitlane.gst.GstCalculator;
import dev.pitlane.gst.GstRateTable;
import dev.pitlane.gst.TaxedDocument;
import dev.pitlane.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotationPricingTest {

    private static final LocalDate AFTER_RATE_CHANGE = LocalDate.of(2026, 12, 7);
    private final QuotationPricing pricing = new QuotationPricing(new GstCalculator(GstRateTable.standard()));
    private final List<QuotedLine> lines = List.of(
            line("998714", "2.500", "1200.00", "0"),
            line("87083000", "1.000", "2000.00", "10"));

    @Test
    void aCustomerInTheCentersStatePaysCgstAndSgstHalfEach() {
        TaxedDocument doc = pricing.price("27", null, "27", AFTER_RATE_CHANGE, lines);

        assertThat(doc.taxableValue()).isEqualByComparingTo("4800.00"); // 3000 + 2000 less 10 %
        assertThat(doc.tax().cgst()).isEqualByComparingTo("432.00").isEqualByComparingTo(doc.tax().sgst());
        assertThat(doc.tax().igst()).isEqualByComparingTo("0");
        assertThat(doc.grandTotal()).isEqualByComparingTo("5664.00");
    }

    @Test
    void aRegisteredCustomerOfAnotherStatePaysIgst() {
        TaxedDocument doc = pricing.price("27", validKarnatakaGstin(), null,
                AFTER_RATE_CHANGE, lines);
        assertThat(doc.tax().igst()).isEqualByComparingTo("864.00");
        assertThat(doc.tax().cgst()).isEqualByComparingTo("0");
    }

    @Test
    void partsQuotedBeforeTheSeptember2025ChangeBear28Percent() {
        TaxedDocument before = pricing.price("27", null, null, LocalDate.of(2025, 9, 21),
                List.of(line("87083000", "1.000", "1000.00", "0")));
        TaxedDocument after = pricing.price("27", null, null, LocalDate.of(2025, 9, 22),
                List.of(line("87083000", "1.000", "1000.00", "0")));
        assertThat(before.lines().get(0).ratePercent()).isEqualByComparingTo("28");
        assertThat(after.lines().get(0).ratePercent()).isEqualByComparingTo("18");
    }

    @Test
    void whatTheRulesRefuseIsAProblemWithTheirCode() {
        assertThatThrownBy(() -> pricing.price("27", "27AAACD1234E1Z0", null, AFTER_RATE_CHANGE, lines))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("gst.invalid-gstin");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                });
    }

    /** A GSTIN of Karnataka (29) whose check character is right. */
    private static String validKarnatakaGstin() {
        String body = "29AAACD1234E1Z";
        for (char c : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            if (dev.pitlane.gst.Gstin.isValid(body + c)) {
                return body + c;
            }
        }
        throw new IllegalStateException();
    }

    private static QuotedLine line(String code, String quantity, String price, String discount) {
        return new QuotedLine(UUID.randomUUID(), "line " + code, code, new BigDecimal(quantity),
                new BigDecimal(price), new BigDecimal(discount));
    }
}
