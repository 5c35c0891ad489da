package dev.pitlane.gst;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GstRateTableTest {

    private static final GstRateTable STANDARD = GstRateTable.standard();

    @ParameterizedTest(name = "{0} on {1}: {2} %")
    @CsvSource({
            "87089900, 2025-09-21, 28",
            "87089900, 2025-09-22, 18",
            "8708,     2017-07-01, 28",
            "40111010, 2025-09-21, 28",
            "40111010, 2025-09-22, 18",
            "85071000, 2025-09-21, 28",
            "85071000, 2025-09-22, 18",
            "85076000, 2025-09-21, 18",
            "27101980, 2026-01-01, 18",
            "34031900, 2026-01-01, 18",
            "998714,   2025-09-21, 18",
            "998714,   2026-01-01, 18"})
    void standardRatesByDate(String code, LocalDate date, BigDecimal rate) {
        assertThat(STANDARD.ratePercent(new HsnSac(code), date)).isEqualByComparingTo(rate);
    }

    @Test
    void unknownCodeOrADateBeforeAnyRateIsADomainError() {
        assertThatThrownBy(() -> STANDARD.ratePercent(new HsnSac("6403"), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(GstRuleViolation.class)
                .hasMessageContaining("6403")
                .extracting(e -> ((GstRuleViolation) e).code()).isEqualTo("gst.unknown-rate");
        assertThatThrownBy(() -> STANDARD.ratePercent(new HsnSac("8708"), LocalDate.of(2017, 6, 30)))
                .isInstanceOf(GstRuleViolation.class);
    }

    @Test
    void longestPrefixInForceWins() throws IOException {
        var table = GstRateTable.fromCsv(new StringReader("""
                hsn_sac_prefix,effective_from,rate_percent,description
                87,2017-07-01,28,chapter 87
                8714,2017-07-01,12,parts of two-wheelers, from a later date in this test
                871410,2024-01-01,5,a narrower entry that starts later
                9985,2017-07-01,0,exempt in this test
                """));
        assertThat(table.ratePercent(new HsnSac("87089900"), LocalDate.of(2026, 1, 1))).isEqualByComparingTo("28");
        assertThat(table.ratePercent(new HsnSac("87141090"), LocalDate.of(2026, 1, 1))).isEqualByComparingTo("5");
        // before the narrower entry starts, the broader one is in force
        assertThat(table.ratePercent(new HsnSac("87141090"), LocalDate.of(2023, 12, 31))).isEqualByComparingTo("12");
        assertThat(table.ratePercent(new HsnSac("998599"), LocalDate.of(2026, 1, 1))).isZero();
    }

    @Test
    void aMalformedRowFailsTheTableNamingItsLine() {
        assertThatThrownBy(() -> GstRateTable.fromCsv(new StringReader("8708,2017-07-01,28,ok\n87A8,2017-07-01,28,x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> GstRateTable.fromCsv(new StringReader("8708,2017-07-01,128,too high\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GstRateTable.fromCsv(new StringReader("8708,2017-07-01,28,a\n8708,2017-07-01,18,b\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second rate");
    }
}
