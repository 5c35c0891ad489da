package dev.pitlane.billing.support;

import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * One Spring context (one database, one broker) for every integration test class. Each test works in an
 * organization of its own, so tests never see each other's data.
 */
@PitlaneIntegrationTest
@TestPropertySource(properties = {
        "pitlane.messaging.retry.attempts=2",
        "pitlane.messaging.retry.initial-backoff=50ms",
        "pitlane.messaging.relay.poll-interval=200ms",
        "logging.structured.format.console=",
        "pitlane.billing.payment-providers.sandbox.webhook-secret=" + BillingTestBase.WEBHOOK_SECRET,
        "pitlane.billing.payment-providers.unconfigured.adapter=sandbox",
        // the race tests send up to 50 requests at once to test numbering and locks, not load shedding (the
        // platform's OverloadTest does that): a fixed limit above the burst, and time for its queue at the pool
        "pitlane.web.overload.max-concurrency=64",
        "pitlane.web.overload.min-concurrency=64",
        "spring.datasource.hikari.connection-timeout=10000"
})
public abstract class BillingTestBase {

    public static final String WEBHOOK_SECRET = "test-webhook-secret";

    @LocalServerPort
    protected int port;

    protected TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    /** A fresh organization with its people and one service center set up to invoice. */
    protected Org newOrg() {
        return new Org(UUID.randomUUID(), http());
    }

    /** A money amount of a JSON answer, exactly as written. */
    public static BigDecimal amount(TestHttp.Response response, String path) {
        Object value = response.json(path);
        return new BigDecimal(value.toString());
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }
}
