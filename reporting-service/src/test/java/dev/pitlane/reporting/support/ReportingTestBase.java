package dev.pitlane.reporting.support;

import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

/**
 * One Spring context (one database, one broker) for every integration test class. Each test works in an
 * organization of its own and feeds it events built from the producers' contracts, as the producers publish them.
 */
@PitlaneIntegrationTest
@TestPropertySource(properties = {
        "pitlane.messaging.retry.attempts=2",
        "pitlane.messaging.retry.initial-backoff=50ms",
        "logging.structured.format.console="
})
public abstract class ReportingTestBase {

    private static final TestTokens TOKENS = TestTokens.issuer();

    @LocalServerPort
    protected int port;

    @Autowired
    protected OwnerDatabase db;

    protected TestHttp as(UUID org, String role, String... permissions) {
        return TestHttp.at("http://127.0.0.1:" + port).withToken(TOKENS.user(org).subject(role.toLowerCase() + "-" + org)
                .roles(role).permissions(permissions).mint());
    }

    /** What an accountant may do here. */
    protected TestHttp accountant(UUID org) {
        return as(org, "ACCOUNTANT", "report:read", "report:export");
    }

    protected TestHttp admin(UUID org) {
        return as(org, "ORG_ADMIN", "report:read", "report:export", "report:rebuild");
    }

    /** Publishes an event as its producer's outbox would and waits until this service has handled it. */
    protected void publish(String producer, String topic, String type, UUID org, String aggregateType,
                           Object aggregateId, Object data) {
        EventContracts.Fixture event = EventContracts.fixture(producer, type, org, aggregateType, aggregateId, data);
        event.publishTo(topic);
        db.awaitHandled(event.eventId());
    }
}
