package dev.pitlane.platform.http;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerTokenTest {

    /** Spring Security's own pattern: the loop must agree with it. */
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void readsTheTokenOfABearerHeaderWhateverTheSchemeCase() {
        assertThat(BearerToken.fromAuthorizationHeader("Bearer eyJ.a-b_c~d+e/f==")).contains("eyJ.a-b_c~d+e/f==");
        assertThat(BearerToken.fromAuthorizationHeader("bearer abc")).contains("abc");
    }

    @Test
    void noTokenWithoutAHeaderOrWithAnotherScheme() {
        assertThat(BearerToken.fromAuthorizationHeader(null)).isEmpty();
        assertThat(BearerToken.fromAuthorizationHeader("Basic dXNlcjpwYXNz")).isEmpty();
    }

    @Test
    void refusesABearerHeaderWhoseTokenIsNotAToken() {
        for (String header : new String[] {"Bearer", "Bearerabc", "Bearer ", "Bearer a b", "Bearer  abc", "Bearer ===", "Bearer a=b",
                "Bearer abc\n", "Bearer äbc"}) {
            assertThatThrownBy(() -> BearerToken.fromAuthorizationHeader(header)).as(header)
                    .isInstanceOf(BearerToken.MalformedException.class);
        }
    }

    @Test
    void agreesWithSpringSecuritysPatternOnEveryCharacter() {
        for (char c = 0; c < 512; c++) {
            String token = "ab" + c + "cd";
            assertThat(BearerToken.isB64Token(token)).as("char %d", (int) c)
                    .isEqualTo(SPRING.matcher("Bearer " + token).matches());
            assertThat(BearerToken.isB64Token(c + "=")).as("char %d then =", (int) c)
                    .isEqualTo(SPRING.matcher("Bearer " + c + "=").matches());
        }
    }
}
