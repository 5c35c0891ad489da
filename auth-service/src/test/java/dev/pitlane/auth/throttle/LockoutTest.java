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
    void anAddressGuessingManyAccountsIsSlowedDownButNeverShutOutAndOthersAreNot() {
        String guesser = "203.0.113.66";
        for (int i = 0; i < 10; i++) {
            assertThat(loginResponse("guess-" + i + "-" + unique() + "@example.test", "123456", guesser).status())
                    .isEqualTo(401);
        }
        assertThat(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", guesser).status())
                .as("ten free failures").isEqualTo(200);
        assertThat(loginResponse("guess-" + unique() + "@example.test", "123456", guesser).status()).isEqualTo(401);
        TestHttp.Response waiting = loginResponse("storekeeper@demo-motors.local", "pitlane-demo", guesser);
        assertThat(waiting.status()).as("the eleventh makes it wait").isEqualTo(429);
        assertThat(waiting.header("Retry-After")).isEqualTo("1");
        assertThat(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", "203.0.113.250").status())
                .as("another address").isEqualTo(200);

        int wait = 1;
        for (int failures = 12; failures <= 30; failures++) {
            clock.advance(Duration.ofSeconds(wait));
            int delay = Math.min(wait * 2, 900);
            assertThat(loginResponse("guess-" + unique() + "@example.test", "123456", guesser).status())
                    .isEqualTo(401);
            assertThat(Integer.parseInt(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", guesser)
                    .header("Retry-After"))).as("after failure " + failures).isEqualTo(delay);
            wait = delay;
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", guesser).status())
                .as("the wait never grows past 15 minutes").isEqualTo(200);
    }

    @Test
    void aPlatformAdministratorSeesAndLiftsAnAddressThrottle() {
        String guesser = "203.0.113.77";
        for (int i = 0; i < 11; i++) {
            loginResponse("guess-" + i + "-" + unique() + "@example.test", "123456", guesser);
        }
        assertThat(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", guesser).status()).isEqualTo(429);
        TestHttp admin = as(root());
        List<String> throttled = admin.get("/api/v1/auth/address-throttles?limit=1000")
                .json("$[?(@.waitUntil)].address");
        assertThat(throttled).contains(guesser);
        assertThat(admin.get("/api/v1/auth/address-throttles").<List<Integer>>json("$[?(@.address=='" + guesser
                + "')].failures")).containsExactly(11);
        assertThat(as(newOrganization().admin()).get("/api/v1/auth/address-throttles").status())
                .as("an organization's administrator").isEqualTo(403);

        assertThat(admin.delete("/api/v1/auth/address-throttles/" + guesser).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/auth/address-throttles/" + guesser).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/auth/address-throttles/not-an-address").status()).isEqualTo(400);
        assertThat(loginResponse("storekeeper@demo-motors.local", "pitlane-demo", guesser).status()).isEqualTo(200);
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
