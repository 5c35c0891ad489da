package dev.pitlane.platform.sample;

import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTest extends SampleTestBase {

    private final UUID org = UUID.randomUUID();

    @Autowired
    OwnerDatabase owner;

    @Test
    void sameKeySameBodyGivesTheSameResponseAndOneEffect() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + uniqueName("idem") + "\",\"quantity\":3}";
        var first = as(org, "widget:write").post("/api/v1/widgets", body, "Idempotency-Key", key);
        var second = as(org, "widget:write").post("/api/v1/widgets", body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(owner.count("SELECT count(*) FROM widgets WHERE organization_id = '" + org + "'")).isEqualTo(1);
    }

    @Test
    void sameKeyDifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        as(org, "widget:write").post("/api/v1/widgets", "{\"name\":\"" + uniqueName("k") + "\",\"quantity\":1}",
                "Idempotency-Key", key);
        var r = as(org, "widget:write").post("/api/v1/widgets", "{\"name\":\"other\",\"quantity\":2}",
                "Idempotency-Key", key);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.<String>json("$.code")).isEqualTo("idempotency-key-reused");
    }

    @Test
    void concurrentRetriesWithOneKeyHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + uniqueName("race") + "\",\"quantity\":1}";
        UUID raceOrg = UUID.randomUUID();
        var client = as(raceOrg, "widget:write");
        List<Integer> statuses = Concurrently.run(8,
                () -> client.post("/api/v1/widgets", body, "Idempotency-Key", key).status());
        assertThat(statuses).containsOnly(201);
        assertThat(owner.count("SELECT count(*) FROM widgets WHERE organization_id = '" + raceOrg + "'"))
                .isEqualTo(1);
    }

    @Test
    void aFailedRequestLeavesNoKeyAndNoEffect() {
        String key = UUID.randomUUID().toString();
        UUID failingOrg = UUID.randomUUID();
        var failed = as(failingOrg, "widget:write").post("/api/v1/widgets",
                "{\"name\":\"explode-after-write\",\"quantity\":1}", "Idempotency-Key", key);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(owner.count("SELECT count(*) FROM widgets WHERE organization_id = '" + failingOrg + "'")).isZero();
        assertThat(owner.count("SELECT count(*) FROM outbox_events WHERE payload->>'organizationId' = '"
                + failingOrg + "'")).isZero();
        var corrected = as(failingOrg, "widget:write").post("/api/v1/widgets",
                "{\"name\":\"explode-after-write\",\"quantity\":1}", "Idempotency-Key", key);
        assertThat(corrected.status()).isEqualTo(500);
    }
}
