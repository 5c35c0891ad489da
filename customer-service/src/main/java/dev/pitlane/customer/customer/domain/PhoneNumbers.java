package dev.pitlane.customer.customer.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.pitlane.platform.domain.DomainException;

/**
 * Phone numbers as stored (E.164, {@code +919820012345}) from whatever a person types: {@code 98200 12345},
 * {@code 098200-12345}, {@code +91 (982) 001 2345}. A number without a country code is read in the organization's
 * default region.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** A number fit to store: it must be a valid number of its country. */
    public static String normalize(String raw, String defaultRegion) {
        Phonenumber.PhoneNumber number = parse(raw, defaultRegion);
        if (!UTIL.isValidNumber(number)) {
            throw DomainException.invalidField("phone", "InvalidPhone", "is not a valid phone number");
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** A number to search for: lenient, as long as it could be a number at all. */
    public static String normalizeForSearch(String raw, String defaultRegion) {
        Phonenumber.PhoneNumber number = parse(raw, defaultRegion);
        if (!UTIL.isPossibleNumber(number)) {
            throw DomainException.invalidField("phone", "InvalidPhone", "is not a phone number");
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private static Phonenumber.PhoneNumber parse(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalidField("phone", "NotBlank", "must not be blank");
        }
        if (raw.length() > 40) {
            throw DomainException.invalidField("phone", "InvalidPhone", "is not a phone number");
        }
        try {
            return UTIL.parse(raw.strip(), defaultRegion);
        } catch (NumberParseException e) {
            throw DomainException.invalidField("phone", "InvalidPhone", "is not a phone number");
        }
    }

    public static boolean isSupportedRegion(String region) {
        return UTIL.getSupportedRegions().contains(region);
    }
}
