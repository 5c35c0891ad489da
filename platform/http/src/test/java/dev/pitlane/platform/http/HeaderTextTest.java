package dev.pitlane.platform.http;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderTextTest {

    /** Spring Security's rule for header names and values: the loop must agree with it. */
    private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithSpringSecuritysPatternOnEveryCodePointOfTheBasicPlaneAndBeyond() {
        for (int cp = 0; cp < 0x30000; cp++) {
            String text = "a" + new String(Character.toChars(cp)) + "b";
            assertThat(HeaderText.ALLOWED.test(text)).as("U+%04X", cp).isEqualTo(SPRING.matcher(text).matches());
        }
    }

    @Test
    void acceptsOrdinaryHeadersAndRefusesControlCharacters() {
        assertThat(HeaderText.ALLOWED.test("Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig")).isTrue();
        assertThat(HeaderText.ALLOWED.test("")).isTrue();
        assertThat(HeaderText.ALLOWED.test(null)).as("an absent header").isTrue();
        assertThat(HeaderText.ALLOWED.test("value\r\nX-Injected: 1")).isFalse();
        assertThat(HeaderText.ALLOWED.test("a\u0000b")).isFalse();
    }
}
