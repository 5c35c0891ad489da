package dev.pitlane.platform.sample;

import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTest extends SampleTestBase {

    private final UUID org = UUID.randomUUID();

    @Autowired
    OwnerDatabase owner;
    @Autowired
    GadgetController gadgets;

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
    void aDuplicateNeverRunsItsHandler() {
        String name = uniqueName("once");
        String key = UUID.randomUUID().toString();
        TestHttp client = as(org, "widget:write");
        var first = client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key", key);
        var second = client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(gadgets.runs(name)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesRunTheHandlerOnceAndReplayItsResponse() throws Exception {
        String name = uniqueName("race");
        String key = UUID.randomUUID().toString();
        UUID raceOrg = UUID.randomUUID();
        TestHttp client = as(raceOrg, "widget:write");
        var responses = Concurrently.run(16, () -> client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key",
                key));
        assertThat(gadgets.runs(name)).isEqualTo(1);
        assertThat(owner.count("SELECT count(*) FROM gadgets WHERE organization_id = '" + raceOrg + "'"))
                .isEqualTo(1);
        // a duplicate that outwaits pitlane.web.idempotency.wait is told to retry; the rest replay
        var created = responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created).extracting(TestHttp.Response::body).containsOnly(created.get(0).body());
        responses.stream().filter(r -> r.status() != 201).forEach(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.<String>json("$.code")).isEqualTo("idempotency-request-in-progress");
        });
    }

    @Test
    void aDuplicateOfARequestStillAtWorkWaitsThenIsToldToRetry() throws Exception {
        String name = "wait-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        CountDownLatch gate = new CountDownLatch(1);
        gadgets.hold(name, gate);
        TestHttp client = as(org, "widget:write");
        var first = CompletableFuture.supplyAsync(() -> client.post("/api/v1/gadgets", gadget(name),
                "Idempotency-Key", key));
        Await.until(() -> gadgets.runs(name) == 1, "the first request in its handler");

        var duplicate = client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key", key);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.<String>json("$.code")).isEqualTo("idempotency-request-in-progress");
        assertThat(duplicate.header("Retry-After")).isEqualTo("1");

        gate.countDown();
        assertThat(first.get().status()).isEqualTo(201);
        var retry = client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.get().body());
        assertThat(gadgets.runs(name)).isEqualTo(1);
    }

    @Test
    void aClaimWhoseRequestNeverFinishedIsTakenOverByItsRetry() throws Exception {
        String name = "wait-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        CountDownLatch gate = new CountDownLatch(1);
        gadgets.hold(name, gate);
        TestHttp client = as(org, "widget:write");
        var stuck = CompletableFuture.supplyAsync(() -> client.post("/api/v1/gadgets", gadget(name),
                "Idempotency-Key", key));
        Await.until(() -> gadgets.runs(name) == 1, "the first request in its handler");
        // as if its process had died an hour ago
        owner.execute("UPDATE idempotency_keys SET claimed_at = now() - interval '1 hour' WHERE idempotency_key = '"
                + key + "'");
        gadgets.stopHolding(name);

        var retry = client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(gadgets.runs(name)).isEqualTo(2);
        gate.countDown();
        assertThat(stuck.get().status()).isEqualTo(201);
        assertThat(client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key", key).body())
                .as("the response of the retry that took the key over stands").isEqualTo(retry.body());
    }

    @Test
    void aHandlerThatFailsReleasesTheKeySoARetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        UUID failingOrg = UUID.randomUUID();
        TestHttp client = as(failingOrg, "widget:write");
        assertThat(client.post("/api/v1/gadgets", gadget("explode"), "Idempotency-Key", key).status()).isEqualTo(500);
        assertThat(owner.count("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = '" + key + "'")).isZero();
        int runsBefore = gadgets.runs("explode");
        assertThat(client.post("/api/v1/gadgets", gadget("explode"), "Idempotency-Key", key).status()).isEqualTo(500);
        assertThat(gadgets.runs("explode")).isEqualTo(runsBefore + 1);
        assertThat(owner.count("SELECT count(*) FROM gadgets WHERE organization_id = '" + failingOrg + "'")).isZero();
    }

    @Test
    void anErrorResponseReleasesTheKeySoTheCorrectedRequestMayUseIt() {
        String key = UUID.randomUUID().toString();
        TestHttp client = as(org, "widget:write");
        var invalid = client.post("/api/v1/gadgets", "{\"name\":\"\"}", "Idempotency-Key", key);
        assertThat(invalid.status()).isEqualTo(400);
        String name = uniqueName("corrected");
        var corrected = client.post("/api/v1/gadgets", gadget(name), "Idempotency-Key", key);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(gadgets.runs(name)).isEqualTo(1);
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
        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
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

    private static String gadget(String name) {
        return "{\"name\":\"" + name + "\"}";
    }
}
