package dev.pitlane.gst;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GstinTest {

    /** Published GSTINs of real registrations: their check characters were computed by GSTN, not by us. */
    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "24AAACC1206D1ZM", "27AAACR5055K1Z7"})
    void acceptsRealGstins(String value) {
        assertThat(Gstin.isValid(value)).isTrue();
        assertThat(new Gstin(value).state().code()).isEqualTo(value.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "27AAPFU0939F1ZW", // wrong check character
            "27AAPFU0939F1VZ", // last two transposed
            "27AAPUF0939F1ZV", // two PAN letters transposed
            "99AAPFU0939F1ZV", // no state 99
            "27AAPFU0939F1Z",  // 14 characters
            "27aapfu0939f1zv", // lower case is not a GSTIN (parse forgives it)
            "27AAPFU0939F1Z-",
            ""})
    void refusesMalformedOrMistyped(String value) {
        assertThatThrownBy(() -> new Gstin(value))
                .isInstanceOf(GstRuleViolation.class)
                .extracting(e -> ((GstRuleViolation) e).code()).isEqualTo("gst.invalid-gstin");
    }

    @Test
    void parseForgivesBlanksAndLowerCase() {
        assertThat(Gstin.parse(" 27aapfu0939f1zv ")).isEqualTo(new Gstin("27AAPFU0939F1ZV"));
    }

    @Test
    void everySingleCharacterChangeIsCaught() {
        String valid = "29AAGCB7383J1Z4";
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 2; i < valid.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(Gstin.isValid(changed)).as(changed).isFalse();
                }
            }
        }
    }
}
