package dev.pitlane.platform.http;

import java.util.function.Predicate;

/**
 * The firewall rule for header names and values — every character assigned in Unicode and none a control
 * character — as a loop. Spring Security's firewalls check the same with the regular expression
 * {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} on every header read, which costs more than the rest of the header
 * handling together.
 */
public final class HeaderText implements Predicate<String> {

    public static final HeaderText ALLOWED = new HeaderText();

    private HeaderText() {
    }

    @Override
    public boolean test(String text) {
        if (text == null) {
            // the firewall asks about headers that are absent too
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
