package dev.pitlane.procurement.support;

import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

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
        // the tests' supplier endpoints listen on loopback, which only an allow-listed host may reach
        "pitlane.outbound.allowed-hosts=127.0.0.1"
})
public abstract class ProcurementTestBase {

    /** The topics this service publishes to. */
    public static final String[] TOPICS = {"procurement.purchase-order.v1", "procurement.parts-issue.v1",
            "procurement.shipment.v1"};

    @LocalServerPort
    protected int port;

    protected TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    /** A fresh organization with its people. */
    protected Org newOrg() {
        return new Org(UUID.randomUUID(), http());
    }

    /** Everything this service published, read off the real broker. */
    protected static KafkaTap published() {
        return KafkaTap.on(TOPICS);
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }
}
