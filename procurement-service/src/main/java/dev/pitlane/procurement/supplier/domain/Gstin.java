package dev.pitlane.procurement.supplier.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Indian GST identification number: two-digit state code, the holder's PAN (five letters, four digits, one
 * letter), the entity number within that PAN (1-9, A-Z), the letter Z, and a mod-36 check character.
 */
public record Gstin(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");

    public Gstin {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Accepts lower case and surrounding blanks, as people type them. */
    public static Gstin parse(String raw) {
        return new Gstin(raw == null ? null : raw.trim().toUpperCase(Locale.ROOT));
    }

    /** Why {@code value} is not a GSTIN, or empty when it is one. */
    public static Optional<String> problem(String value) {
        if (value == null || value.length() != 15) {
            return Optional.of("must be 15 characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            return Optional.of("must be a state code, a PAN, an entity number, Z and a check character");
        }
        int state = Integer.parseInt(value.substring(0, 2));
        if (!isStateCode(state)) {
            return Optional.of("has an unknown state code " + value.substring(0, 2));
        }
        if (value.charAt(14) != checkCharacter(value.substring(0, 14))) {
            return Optional.of("has a wrong check character");
        }
        return Optional.empty();
    }

    /** 01-38 are the states and union territories; 97 is "other territory", 99 the centre's jurisdiction. */
    static boolean isStateCode(int code) {
        return (code >= 1 && code <= 38) || code == 97 || code == 99;
    }

    /** The GSTN checksum: weights alternate 1 and 2, each product folded into base 36. */
    public static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int product = ALPHABET.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }

    @Override
    public String toString() {
        return value;
    }
}
