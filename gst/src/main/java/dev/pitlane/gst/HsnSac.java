package dev.pitlane.gst;

import java.util.regex.Pattern;

/**
 * An HSN code (goods) or SAC (services, chapter 99) as printed on a tax invoice: 4, 6 or 8 digits
 * (Notification 78/2020-CT asks for 4 or 6 digits by turnover; 8 is the full tariff item).
 */
public record HsnSac(String code) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{4}|[0-9]{6}|[0-9]{8}");

    public HsnSac {
        if (code == null || !DIGITS.matcher(code).matches()) {
            throw new GstRuleViolation(GstRuleViolation.Code.INVALID_HSN_SAC,
                    "an HSN or SAC code is 4, 6 or 8 digits, was " + code);
        }
    }

    /** SAC codes are chapter 99 of the scheme of classification of services. */
    public boolean isService() {
        return code.startsWith("99");
    }

    @Override
    public String toString() {
        return code;
    }
}
