package dev.pitlane.customer.customer.domain;

import dev.pitlane.platform.domain.DomainException;

import java.util.regex.Pattern;

/**
 * An Indian GST identification number: state code (2 digits), the holder's PAN (10), entity number (1), {@code Z},
 * and a base-36 check character, which catches a mistyped character before it reaches an invoice.
 */
public final class Gstin {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Gstin() {
    }

    public static String normalize(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalidField("gstin", "InvalidGstin",
                    "must be a 15-character GSTIN like 27AAPFU0939F1ZV");
        }
        int state = Integer.parseInt(value.substring(0, 2));
        if (state < 1 || state > 38 && state != 97 && state != 99) {
            throw DomainException.invalidField("gstin", "InvalidGstin",
                    "has an unknown state code " + value.substring(0, 2));
        }
        if (value.charAt(14) != checkCharacter(value.substring(0, 14))) {
            throw DomainException.invalidField("gstin", "InvalidGstin", "has a wrong check character");
        }
        return value;
    }

    /** The 15th character for the first 14. */
    public static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int value = CHARS.indexOf(first14.charAt(i));
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return CHARS.charAt((36 - sum % 36) % 36);
    }
}
