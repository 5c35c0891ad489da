package dev.pitlane.customer.customer.domain;

import dev.pitlane.platform.domain.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, stored lower-cased so that it is unique however it was typed. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");

    private EmailAddress() {
    }

    public static String normalize(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw DomainException.invalidField("email", "Email", "must be an e-mail address");
        }
        return value;
    }
}
