package dev.pitlane.inventory.reservation.application;

import dev.pitlane.inventory.reservation.persistence.ReservationRepository;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Releases reservations whose {@code expiresAt} has passed, each in its own transaction, as its organization. */
@Component
public class ReservationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ReservationExpiryJob.class);
    private static final int BATCH = 100;

    private final ReservationRepository reservations;
    private final ReservationService service;
    private final Clock clock;

    public ReservationExpiryJob(ReservationRepository reservations, ReservationService service, Clock clock) {
        this.reservations = reservations;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${inventory.reservation-expiry-check:30s}",
            initialDelayString = "${inventory.reservation-expiry-check:30s}")
    public void run() {
        try {
            expireDue();
        } catch (RuntimeException e) {
            log.warn("Reservation expiry failed, will retry: {}", e.toString());
        }
    }

    /** @return how many reservations expired */
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (UUID org : reservations.organizationsWithExpired(now)) {
            expired += TenantContext.callAs(Caller.system(org, "reservation-expiry"), () -> {
                int n = 0;
                List<UUID> due;
                do {
                    due = reservations.expired(org, now, BATCH);
                    for (UUID id : due) {
                        n += service.expire(id) ? 1 : 0;
                    }
                } while (due.size() == BATCH);
                return n;
            });
        }
        return expired;
    }
}
