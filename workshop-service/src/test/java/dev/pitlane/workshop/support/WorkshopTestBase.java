package dev.pitlane.workshop.support;

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
        "pitlane.messaging.relay.poll-interval=200ms",
        "logging.structured.format.console="
})
public abstract class WorkshopTestBase {

    @LocalServerPort
    protected int port;

    protected TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    /** A fresh organization with its people. */
    protected Workshop newWorkshop() {
        return new Workshop(UUID.randomUUID(), http());
    }
}
