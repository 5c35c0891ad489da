package dev.pitlane.workshop.demo;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.workshop.cannedjob.application.CannedJobDetails;
import dev.pitlane.workshop.cannedjob.application.CannedJobService;
import dev.pitlane.workshop.center.application.CenterDetails;
import dev.pitlane.workshop.center.application.ServiceCenterService;
import dev.pitlane.workshop.center.domain.BayType;
import dev.pitlane.workshop.center.domain.DailyHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Demo Motors' workshop for devstack: the two service centers with the ids inventory and procurement already use
 * (Andheri, Whitefield), their bays and a few canned jobs. The technicians arrive from auth-service's demo users.
 * Each step checks what exists first, so a restart seeds nothing twice.
 */
@Component
@ConditionalOnProperty(name = "pitlane.demo-data.enabled", havingValue = "true")
class DemoData {

    static final UUID DEMO_ORG = UUID.fromString("7e57da7a-0000-4000-8000-000000000001");
    static final UUID ANDHERI = UUID.fromString("7e57da7a-0000-4000-8000-000000000101");
    static final UUID WHITEFIELD = UUID.fromString("7e57da7a-0000-4000-8000-000000000102");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<DailyHours> MONDAY_TO_SATURDAY = Arrays.stream(DayOfWeek.values())
            .filter(d -> d != DayOfWeek.SUNDAY)
            .map(d -> new DailyHours(d, LocalTime.of(9, 0), LocalTime.of(18, 0))).toList();

    private record Job(String code, String name, String hours, BayType bay) {
    }

    private static final List<Job> JOBS = List.of(
            new Job("PMS-10K", "Periodic maintenance service, 10,000 km", "2.50", BayType.GENERAL),
            new Job("PMS-20K", "Periodic maintenance service, 20,000 km", "3.50", BayType.GENERAL),
            new Job("BRAKE-SVC", "Brake inspection and service", "1.50", BayType.GENERAL),
            new Job("WHEEL-ALIGN", "Wheel alignment and balancing", "1.00", BayType.ALIGNMENT),
            new Job("WASH", "Exterior wash and interior vacuum", "0.50", BayType.WASHING));

    private final ServiceCenterService centers;
    private final CannedJobService cannedJobs;

    DemoData(ServiceCenterService centers, CannedJobService cannedJobs) {
        this.centers = centers;
        this.cannedJobs = cannedJobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        TenantContext.runAs(Caller.system(DEMO_ORG, "demo-data"), () -> {
            center(ANDHERI, "AND", new CenterDetails("Demo Motors Andheri", "Andheri East, Mumbai 400069", "27",
                    "27AAACD1234E1Z5", ZoneId.of("Asia/Kolkata"), new BigDecimal("1450.00"), 30));
            center(WHITEFIELD, "WFD", new CenterDetails("Demo Motors Whitefield", "Whitefield, Bengaluru 560066",
                    "29", "29AAACD1234E1Z3", ZoneId.of("Asia/Kolkata"), new BigDecimal("1350.00"), 30));
            if (cannedJobs.list(true, dev.pitlane.platform.web.PageQuery.of(0, 1, null, java.util.Map.of(), null))
                    .page().totalElements() == 0) {
                JOBS.forEach(j -> cannedJobs.create(UUID.randomUUID(), j.code(), new CannedJobDetails(j.name(),
                        new BigDecimal(j.hours()), "998714", j.bay(), null, true)));
            }
        });
        log.info("Demo workshop ready: service centers Andheri ({}) and Whitefield ({}), bays and canned jobs",
                ANDHERI, WHITEFIELD);
    }

    private void center(UUID id, String code, CenterDetails details) {
        if (centers.exists(id)) {
            return;
        }
        centers.create(id, code, details, MONDAY_TO_SATURDAY);
        for (String bay : List.of("B1", "B2", "B3")) {
            centers.addBay(id, bay, BayType.GENERAL);
        }
        centers.addBay(id, "AL1", BayType.ALIGNMENT);
        centers.addBay(id, "W1", BayType.WASHING);
    }
}
