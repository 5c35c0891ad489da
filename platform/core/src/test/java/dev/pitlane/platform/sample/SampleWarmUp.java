package dev.pitlane.platform.sample;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.warmup.WarmUp;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sample's hot query, run before the service is ready; remembers the readiness it saw, for WarmUpTest. */
@Component
class SampleWarmUp implements WarmUp {

    private final JdbcClient jdbc;
    private final ApplicationAvailability availability;
    private final List<ReadinessState> readinessSeen = new CopyOnWriteArrayList<>();

    SampleWarmUp(JdbcClient jdbc, ApplicationAvailability availability) {
        this.jdbc = jdbc;
        this.availability = availability;
    }

    @Override
    public void run() {
        readinessSeen.add(availability.getReadinessState());
        TenantContext.runAs(Caller.system(UUID.randomUUID(), "warm-up"), () ->
                jdbc.sql("SELECT count(*) FROM widgets WHERE organization_id = :org")
                        .param("org", TenantContext.organizationId()).query(Long.class).single());
    }

    List<ReadinessState> readinessSeen() {
        return readinessSeen;
    }
}
