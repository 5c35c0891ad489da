package dev.pitlane.auth.users.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Emails are compared and stored lower-cased, so that Alice@X and alice@x are one account. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean looksValid(String email) {
        return email != null && email.length() <= 254 && SHAPE.matcher(email.trim()).matches();
    }
}
