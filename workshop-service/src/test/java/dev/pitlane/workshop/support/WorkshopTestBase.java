package dev.pitlane.workshop.support;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.workshop.technician.application.TechnicianService;
import dev.pitlane.workshop.technician.application.UserSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One Spring context (one database, one broker) for every integration test class. Each test works in an
 * organization of its own, so tests never see each other's data.
 */
@PitlaneIntegrationTest
@TestPropertySource(properties = {
        "pitlane.messaging.relay.poll-interval=200ms",
        "logging.structured.format.console=",
        // the race tests send up to 50 requests at once to test booking and numbering, not load shedding (the
        // platform's OverloadTest does that): a fixed limit above the burst, and time for its queue at the pool
        "pitlane.web.overload.max-concurrency=64",
        "pitlane.web.overload.min-concurrency=64",
        "spring.datasource.hikari.connection-timeout=10000"
})
public abstract class WorkshopTestBase {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void customerService(DynamicPropertyRegistry registry) {
        registry.add("pitlane.workshop.customer-service-url", () -> CustomerServiceStandIn.get().url());
    }

    @Autowired
    private TechnicianService technicians;

    protected TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    /** A technician at {@code center}, as auth-service's UserCreated for a new TECHNICIAN makes one. */
    protected UUID technicianAt(Workshop shop, UUID center) {
        UUID user = UUID.randomUUID();
        TenantContext.runAs(Caller.system(shop.id, "test"), () -> technicians.onUser(new UserSnapshot(user,
                user + "@demo.test", "Ravi", "Patil", true, Set.of("TECHNICIAN"), Set.of(center), Instant.now())));
        return user;
    }

    /** A fresh organization with its people. */
    protected Workshop newWorkshop() {
        return new Workshop(UUID.randomUUID(), http());
    }
}
