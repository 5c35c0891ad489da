package dev.pitlane.billing.setup.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * India's financial year, 1 April to 31 March, named by the year it starts in: 2025 is 1 April 2025 - 31 March 2026.
 * Invoice numbers are unique within one (CGST Rules, rule 46(b)).
 */
public record FinancialYear(int startYear) {

    public FinancialYear {
        if (startYear < 2017 || startYear > 9998) {
            throw new IllegalArgumentException("a financial year under GST starts in 2017 or later, was " + startYear);
        }
    }

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** As printed: "2025-26". */
    public String label() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
