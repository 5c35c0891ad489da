package dev.pitlane.billing.setup.domain;

import dev.pitlane.platform.domain.DomainException;
import java.util.regex.Pattern;

/**
 * How a series writes its numbers: the prefix, then the counter zero-padded to a fixed width ("AND/25-26/" and 5 →
 * "AND/25-26/00042"). Rule 46(b) allows at most 16 characters of letters, digits, hyphen and slash, unique per
 * financial year; an amendment later adds up to 2 characters, so prefix and width together may use 14. Checked when
 * the series is set up, so no number it ever gives can break the rule.
 */
public record SeriesNumbering(String prefix, int width) {

    public static final int MAX_NUMBER_LENGTH = 16;
    /** Kept free for the suffix an amended document adds. */
    public static final int AMENDMENT_ROOM = 2;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9/-]+");

    public SeriesNumbering {
        if (prefix == null || prefix.isEmpty() || !ALLOWED.matcher(prefix).matches()) {
            throw DomainException.unprocessable("series.invalid-prefix",
                    "a series prefix is letters, digits, '-' and '/' only, was " + prefix);
        }
        if (width < 1 || width > 10) {
            throw DomainException.unprocessable("series.invalid-width",
                    "a series' counter has 1 to 10 digits, was " + width);
        }
        if (prefix.length() + width > MAX_NUMBER_LENGTH - AMENDMENT_ROOM) {
            throw DomainException.unprocessable("series.number-too-long", ("prefix '%s' and %d digits make "
                    + "numbers of %d characters; at most %d are allowed, leaving %d for an amendment").formatted(
                    prefix, width, prefix.length() + width, MAX_NUMBER_LENGTH - AMENDMENT_ROOM, AMENDMENT_ROOM));
        }
    }

    /** The largest counter the width can write. */
    public long capacity() {
        return (long) Math.pow(10, width) - 1;
    }

    public String format(long counter) {
        if (counter < 1 || counter > capacity()) {
            throw DomainException.conflict("series.exhausted", "series '%s' has no number left after %d"
                    .formatted(prefix, capacity()));
        }
        return prefix + String.format("%0" + width + "d", counter);
    }
}
