package dev.pitlane.auth.throttle;

import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutTest extends AuthIntegrationTest {

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        for (int i = 0; i < 5; i++) {
            assertThat(loginResponse(member.email(), "wrong-password-" + i, "198.51.100." + (10 + i)).status())
                    .isEqualTo(401);
        }
        TestHttp.Response locked = loginResponse(member.email(), PASSWORD, "198.51.100.20");
        assertThat(locked.status()).as("even the right password, from another address").isEqualTo(429);
        assertThat(locked.<String>json("$.code")).isEqualTo("too-many-attempts");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isPositive();
        List<String> types = as(org.admin()).get("/api/v1/activity?userId=" + member.id()).json("$.items[*].type");
        assertThat(types).contains("ACCOUNT_LOCKED", "LOGIN_FAILED");

        assertThat(as(org.admin()).post("/api/v1/users/" + member.id() + "/unlock", null).status()).isEqualTo(200);
        assertThat(loginResponse(member.email(), PASSWORD, "198.51.100.20").status()).isEqualTo(200);
    }

    @Test
    void aLockLiftsByItselfAfterItsDuration() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        for (int i = 0; i < 5; i++) {
            loginResponse(member.email(), "wrong-password", "198.51.100.30");
        }
        assertThat(loginResponse(member.email(), PASSWORD, "198.51.100.31").status()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(16));
        assertThat(loginResponse(member.email(), PASSWORD, "198.51.100.31").status()).isEqualTo(200);
    }

    @Test
    void anAddressGuessingManyAccountsIsLockedOutButOthersAreNot() {
        String guesser = "203.0.113.66";
        for (int i = 0; i < 20; i++) {
            assertThat(loginResponse("guess-" + i + "-" + unique() + "@example.test", "123456", guesser).status())
                    .isEqualTo(401);
        }
        assertThat(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", guesser).status()).isEqualTo(429);
        assertThat(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", "203.0.113.250").status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownEmailLocksLikeAKnownOneSoLockingRevealsNothing() {
        String email = "ghost-" + unique() + "@example.test";
        for (int i = 0; i < 5; i++) {
            loginResponse(email, "wrong", "198.51.100.40");
        }
        assertThat(loginResponse(email, "wrong", "198.51.100.41").status()).isEqualTo(429);
    }
}
