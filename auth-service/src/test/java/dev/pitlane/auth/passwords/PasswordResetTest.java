package dev.pitlane.auth.passwords;

import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.auth.passwords.application.PasswordResetNotifier;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetTest extends AuthIntegrationTest {

    @Test
    void aResetTokenWorksOnceEndsEverySessionAndLiftsTheLockout() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        Tokens session = login(member.email(), PASSWORD);
        for (int i = 0; i < 5; i++) {
            loginResponse(member.email(), "wrong", "198.51.100.50");
        }
        String token = requestReset(member.email());

        TestHttp.Response weak = confirm(token, "short");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.<String>json("$.errors[0].field")).isEqualTo("newPassword");

        assertThat(confirm(token, "a-brand-new-password").status()).as("still usable after a refused password")
                .isEqualTo(204);
        TestHttp.Response again = confirm(token, "yet-another-password");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.<String>json("$.code")).isEqualTo("invalid-reset-token");

        assertThat(http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + session.refresh() + "\"}").status())
                .isEqualTo(401);
        login(member.email(), "a-brand-new-password");
        assertThat(as(org.admin()).get("/api/v1/activity?type=PASSWORD_RESET_COMPLETED&userId=" + member.id())
                .<Integer>json("$.items.length()")).isEqualTo(1);
    }

    @Test
    void aResetTokenExpires() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        String token = requestReset(member.email());
        clock.advance(Duration.ofMinutes(31));
        assertThat(confirm(token, "a-brand-new-password").status()).isEqualTo(422);
        clock.reset();
        assertThat(loginResponse(member.email(), PASSWORD, "198.51.100.1").status()).isEqualTo(200);
    }

    @Test
    void aRequestAnswersTheSameForAnUnknownEmailAndSendsNothing() {
        String email = "nobody-" + unique() + "@example.test";
        TestHttp.Response r = http().post("/api/v1/auth/password-reset/request", "{\"email\":\"" + email + "\"}");
        assertThat(r.status()).isEqualTo(202);
        assertThat(notifier.countFor(email)).isZero();
        assertThat(confirm("made-up-token", "a-brand-new-password").status()).isEqualTo(422);
    }

    @Test
    void anInvitedUserChoosesTheFirstPasswordWithTheInvitationToken() {
        Org org = newOrganization();
        String email = "invited-" + unique() + "@example.test";
        TestHttp.Response created = as(org.admin()).post("/api/v1/users",
                "{\"email\":\"%s\",\"firstName\":\"Ivy\",\"lastName\":\"Invited\",\"roles\":[\"STAFF\"]}"
                        .formatted(email));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<Boolean>json("$.passwordSet")).isFalse();
        PasswordResetNotifier.Notice invitation = notifier.lastFor(email).orElseThrow();
        assertThat(invitation.purpose()).isEqualTo(PasswordResetNotifier.Purpose.INVITATION);
        assertThat(invitation.link()).contains("token=" + invitation.token());
        assertThat(loginResponse(email, "anything-at-all", "198.51.100.1").status()).isEqualTo(401);
        assertThat(confirm(invitation.token(), "my-first-password").status()).isEqualTo(204);
        login(email, "my-first-password");
    }

    private String requestReset(String email) {
        long before = notifier.countFor(email);
        TestHttp.Response r = http().post("/api/v1/auth/password-reset/request", "{\"email\":\"" + email + "\"}");
        assertThat(r.status()).isEqualTo(202);
        assertThat(notifier.countFor(email)).isEqualTo(before + 1);
        PasswordResetNotifier.Notice notice = notifier.lastFor(email).orElseThrow();
        assertThat(notice.purpose()).isEqualTo(PasswordResetNotifier.Purpose.RESET);
        return notice.token();
    }

    private TestHttp.Response confirm(String token, String newPassword) {
        return http().post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(token, newPassword));
    }
}
