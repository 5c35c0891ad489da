package dev.pitlane.workshop.jobcard.domain;

import java.time.LocalDate;
import java.time.Month;

/** The Indian financial year, April to March, named by its first calendar year (2026 = 2026-27). */
public record FinancialYear(int startYear) {

    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** "26-27": the form document numbers use. */
    public String shortLabel() {
        return String.format("%02d-%02d", startYear % 100, (startYear + 1) % 100);
    }
}
