package dev.pitlane.auth.passwords;

import dev.pitlane.auth.passwords.domain.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 128);

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(policy.problems("pitlane-demo", "admin@demo-motors.local")).isEmpty();
        assertThat(policy.problems("correct horse battery staple", null)).isEmpty();
    }

    @Test
    void shortLongCommonRepetitiveOrEmailPasswordsAreRefused() {
        assertThat(policy.problems("short", null)).containsExactly("must have at least 10 characters");
        assertThat(policy.problems("x".repeat(129), null)).containsExactly("must have at most 128 characters");
        assertThat(policy.problems("Password123", null)).containsExactly("is too common");
        assertThat(policy.problems("abababababab", null)).containsExactly("must use at least 4 different characters");
        assertThat(policy.problems("ravi.patil.workshop", "Ravi.Patil.Workshop@example.com"))
                .containsExactly("must not be the email address");
    }
}
