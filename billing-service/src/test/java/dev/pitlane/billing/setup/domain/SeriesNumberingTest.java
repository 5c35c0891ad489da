package dev.pitlane.billing.setup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitlane.platform.domain.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesNumberingTest {

    @Test
    void writesThePrefixAndTheZeroPaddedCounter() {
        SeriesNumbering numbering = new SeriesNumbering("AND/25-26/", 4);

        assertThat(numbering.format(42)).isEqualTo("AND/25-26/0042");
        assertThat(numbering.format(9999)).isEqualTo("AND/25-26/9999").hasSize(14);
    }

    @Test
    void leavesTwoOfTheSixteenCharactersForAnAmendment() {
        assertThat(new SeriesNumbering("INV-2025-", 5).format(1)).hasSize(14);
        assertThatThrownBy(() -> new SeriesNumbering("INV-2025-26/", 3))
                .isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("series.number-too-long");
    }

    @ParameterizedTest
    @CsvSource({"INV 25", "INV_25", "INV#", "इन्व", "''"})
    void refusesAPrefixWithOtherCharactersThanLettersDigitsHyphenAndSlash(String prefix) {
        assertThatThrownBy(() -> new SeriesNumbering(prefix, 5))
                .isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("series.invalid-prefix");
    }

    @Test
    void aCounterBeyondTheWidthIsRefusedRatherThanWrittenLonger() {
        SeriesNumbering numbering = new SeriesNumbering("CN/", 2);

        assertThat(numbering.capacity()).isEqualTo(99);
        assertThatThrownBy(() -> numbering.format(100))
                .isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("series.exhausted");
    }

    @ParameterizedTest
    @CsvSource({"2025-04-01, 2025", "2026-03-31, 2025", "2026-01-15, 2025", "2025-03-31, 2024"})
    void theFinancialYearRunsFromAprilToMarch(LocalDate date, int startYear) {
        FinancialYear year = FinancialYear.of(date);

        assertThat(year.startYear()).isEqualTo(startYear);
        assertThat(date).isBetween(year.firstDay(), year.lastDay());
    }

    @Test
    void aFinancialYearIsPrintedWithTheTwoDigitsOfItsEnd() {
        assertThat(new FinancialYear(2025).label()).isEqualTo("2025-26");
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099-00");
    }
}
