package dev.pitlane.customer.vehicle.domain;

import dev.pitlane.platform.domain.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A registration (licence plate) number, stored the way it is compared: capitals, no spaces, dashes or dots, so
 * {@code MH-02 ab 1234} and {@code MH02AB1234} are the same vehicle. Indian, Bharat-series and foreign plates all
 * fit the shape.
 */
public final class RegistrationNumber {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{4,12}");

    private RegistrationNumber() {
    }

    public static String normalize(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-/]", "");
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalidField("registrationNumber", "InvalidRegistration",
                    "must be 4 to 12 letters and digits, like MH02AB1234");
        }
        return value;
    }
}
