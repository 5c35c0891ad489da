package dev.pitlane.auth.activity;

import dev.pitlane.auth.AuthIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityLogTest extends AuthIntegrationTest {

    @Test
    void signInsAreLoggedWithWhoWhenAndFromWhere() {
        Org org = newOrganization();
        Member member = newMember(org, "STAFF");
        http().post("/api/v1/auth/login", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email(), PASSWORD),
                "X-Forwarded-For", "192.0.2.44, 10.0.0.5", "User-Agent", "pitlane-test/1.0");
        loginResponse(member.email(), "wrong-password", "192.0.2.45");

        TestHttp.Response log = as(org.admin()).get("/api/v1/activity?userId=" + member.id());
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.<String>json("$.items[0].type")).isEqualTo("LOGIN_FAILED");
        assertThat(log.<String>json("$.items[0].sourceAddress")).isEqualTo("192.0.2.45");
        assertThat(log.<String>json("$.items[0].email")).isEqualTo(member.email());
        TestHttp.Response succeeded = as(org.admin()).get("/api/v1/activity?type=LOGIN_SUCCEEDED&userId=" + member.id());
        assertThat(succeeded.<String>json("$.items[0].sourceAddress"))
                .as("the forwarded chain's first untrusted hop, as the gateway saw it").isEqualTo("10.0.0.5");
        assertThat(succeeded.<String>json("$.items[0].userAgent")).isNotNull();
        assertThat(succeeded.<String>json("$.items[0].actor")).isEqualTo(member.id().toString());

        TestHttp.Response created = as(org.admin()).get("/api/v1/activity?type=USER_CREATED&userId=" + member.id());
        assertThat(created.<String>json("$.items[0].actor")).isEqualTo(org.adminId().toString());
        assertThat(created.<List<String>>json("$.items[0].details.roles")).containsExactly("STAFF");
    }

    @Test
    void theLogIsReadNewestFirstInSlicesAndByTime() {
        Org org = newOrganization();
        for (int i = 0; i < 5; i++) {
            newMember(org, "STAFF");
        }
        List<Integer> ids = new ArrayList<>();
        String cursor = null;
        int slices = 0;
        do {
            TestHttp.Response slice = as(org.admin()).get("/api/v1/activity?type=USER_CREATED&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(slice.status()).isEqualTo(200);
            ids.addAll(slice.json("$.items[*].id"));
            cursor = slice.json("$.next");
            slices++;
        } while (cursor != null);
        assertThat(ids).hasSize(6).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(slices).isEqualTo(3);

        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        assertThat(as(org.admin()).get("/api/v1/activity?from=" + later).<Integer>json("$.items.length()")).isZero();
        assertThat(as(org.admin()).get("/api/v1/activity?type=USER_CREATED&to=" + later)
                .<Integer>json("$.items.length()")).isEqualTo(6);
        assertThat(as(org.admin()).get("/api/v1/activity?cursor=garbage!").status()).isEqualTo(400);
        assertThat(as(org.admin()).get("/api/v1/activity?type=NOT_A_TYPE").status()).isEqualTo(400);
    }
}
