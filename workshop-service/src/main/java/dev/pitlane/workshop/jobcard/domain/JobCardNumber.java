package dev.pitlane.workshop.jobcard.domain;

import dev.pitlane.platform.domain.DomainException;

/**
 * A job card's number: the center's code, the financial year and a running number, {@code AND/26-27/000123}.
 * At most 16 characters of letters, digits, '-' and '/' (what an invoice number may hold): a code of up to three
 * characters and six digits fit, so a center opens at most 999,999 job cards in one year.
 */
public final class JobCardNumber {

    public static final long MAX_SEQUENCE = 999_999;

    private JobCardNumber() {
    }

    public static String format(String centerCode, FinancialYear year, long sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw DomainException.conflict("job-card-numbers-exhausted", "Center " + centerCode
                    + " has used all " + MAX_SEQUENCE + " job card numbers of " + year.shortLabel());
        }
        String number = centerCode + "/" + year.shortLabel() + "/" + String.format("%06d", sequence);
        if (number.length() > 16 || !number.matches("[A-Za-z0-9/-]+")) {
            throw new IllegalArgumentException("Not a valid job card number: " + number);
        }
        return number;
    }
}
