package dev.pitlane.platform.sample;

import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with a pool of two connections: at most four requests at once (two per connection), the rest refused
 * with 503 {@code overloaded} and Retry-After at once, never queued and never a 500.
 */
@TestPropertySource(properties = {
        // its own database and consumer group, so the sample context of the other tests is not disturbed
        "spring.application.name=platform-sample-overload",
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.minimum-idle=2",
        "spring.datasource.hikari.connection-timeout=1000",
        "pitlane.web.overload.min-concurrency=1"})
class OverloadTest extends SampleTestBase {

    private static final int CALLERS = 50;

    @Autowired
    DataSource dataSource;

    record Answer(int status, String retryAfter, String code, long arrivedAt) {
    }

    @Test
    void requestsBeyondWhatThePoolServesAreRefusedAtOnceAndServedAgainWhenTheLoadStops() throws Exception {
        TestHttp caller = as(UUID.randomUUID());
        CyclicBarrier together = new CyclicBarrier(CALLERS);

        List<Answer> answers = Concurrently.run(CALLERS, () -> {
            together.await();
            TestHttp.Response response = caller.get("/api/v1/slow?seconds=3");
            return new Answer(response.status(), response.header("Retry-After"),
                    response.status() == 200 ? null : response.json("$.code"), System.nanoTime());
        });

        List<Answer> served = answers.stream().filter(a -> a.status() == 200).toList();
        List<Answer> refused = answers.stream().filter(a -> a.status() != 200).toList();
        assertThat(served).as("some slow requests are served").isNotEmpty();
        assertThat(refused).as("the excess is refused").hasSizeGreaterThanOrEqualTo(CALLERS - 4);
        assertThat(refused).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.code()).isEqualTo("overloaded");
            assertThat(a.retryAfter()).isEqualTo("1");
        });
        long firstServed = served.stream().map(Answer::arrivedAt).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(refused).as("refused before any slow request was done, not queued behind them")
                .allSatisfy(a -> assertThat(a.arrivedAt()).isLessThan(firstServed));

        for (int i = 0; i < 10; i++) {
            assertThat(caller.get("/api/v1/slow?seconds=0").status()).as("served again after the load").isEqualTo(200);
        }
        assertThat(http().get("/actuator/prometheus").body())
                .contains("pitlane_overload_rejected_total{", "pitlane_overload_limit", "pitlane_overload_inflight");
    }

    @Test
    void aRequestThatFindsNoFreeConnectionInTimeIsRefusedAsOverloaded() throws Exception {
        TestHttp caller = as(UUID.randomUUID());
        List<Connection> held = new ArrayList<>();
        try {
            held.add(dataSource.getConnection());
            held.add(dataSource.getConnection());

            TestHttp.Response response = caller.get("/api/v1/slow?seconds=0");

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.<String>json("$.code")).isEqualTo("overloaded");
            assertThat(response.header("Retry-After")).isEqualTo("1");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(caller.get("/api/v1/slow?seconds=0").status()).isEqualTo(200);
    }
}
