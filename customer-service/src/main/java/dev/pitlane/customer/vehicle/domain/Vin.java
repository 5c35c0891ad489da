package dev.pitlane.customer.vehicle.domain;

import dev.pitlane.platform.domain.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vehicle identification number (ISO 3779): 17 characters, digits and capital letters except I, O and Q. The
 * check digit at position 9 is North-American practice that many Indian manufacturers do not follow, so it is
 * verified only when configured.
 */
public final class Vin {

    private static final Pattern SHAPE = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vin() {
    }

    public static String normalize(String raw, boolean verifyCheckDigit) {
        String vin = clean(raw);
        if (vin.length() != 17) {
            throw DomainException.invalidField("vin", "InvalidVin", "must be 17 characters");
        }
        if (!SHAPE.matcher(vin).matches()) {
            throw DomainException.invalidField("vin", "InvalidVin",
                    "may hold only digits and capital letters except I, O and Q");
        }
        if (verifyCheckDigit && vin.charAt(8) != checkDigit(vin)) {
            throw DomainException.invalidField("vin", "InvalidVin", "has a wrong check digit (position 9)");
        }
        return vin;
    }

    /** For a search: the same cleaning, the check digit never required. */
    public static String normalizeForSearch(String raw) {
        return normalize(raw, false);
    }

    /** The check digit (position 9) the other 16 characters call for: {@code 0}-{@code 9} or {@code X}. */
    public static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> 0;
        };
    }

    private static String clean(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
