package dev.pitlane.gst;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A GST identification number: the state code, the holder's PAN (or another 10-character id for UIN, TDS and
 * non-resident registrations), the registration's entity number, one more character and the check character.
 * Only what holds for every kind of registration is enforced: 15 characters of digits and capitals, a known state code
 * and the check character, which catches a mistyped or transposed character.
 */
public record Gstin(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{2}[0-9A-Z]{13}");

    public Gstin {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw invalid(value, "15 characters: 2 digits of the state code, then digits and capital letters");
        }
        try {
            GstState.ofCode(value.substring(0, 2));
        } catch (GstRuleViolation unknownState) {
            throw invalid(value, "unknown state code " + value.substring(0, 2));
        }
        if (value.charAt(14) != checkCharacter(value.substring(0, 14))) {
            throw invalid(value, "wrong check character");
        }
    }

    /** Reads what a person typed: surrounding blanks and lower case are forgiven, nothing else. */
    public static Gstin parse(String text) {
        return new Gstin(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        try {
            new Gstin(text);
            return true;
        } catch (GstRuleViolation e) {
            return false;
        }
    }

    /** The registered person's state: the place of supply of a service to them (IGST Act s.12(2)(a)). */
    public GstState state() {
        return GstState.ofCode(value.substring(0, 2));
    }

    /**
     * The GSTN check character over the first 14 characters: each character's value in base 36 is multiplied by 1 and
     * 2 alternately from the left, each product's base-36 digits are added, and the check character brings the sum
     * to a multiple of 36.
     */
    static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < first14.length(); i++) {
            int product = ALPHABET.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }

    private static GstRuleViolation invalid(String value, String why) {
        return new GstRuleViolation(GstRuleViolation.Code.INVALID_GSTIN, "invalid GSTIN " + value + ": " + why);
    }

    @Override
    public String toString() {
        return value;
    }
}
