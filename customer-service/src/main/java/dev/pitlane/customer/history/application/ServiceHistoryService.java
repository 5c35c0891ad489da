package dev.pitlane.customer.history.application;

import dev.pitlane.customer.history.persistence.ServiceVisitRepository;
import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.Cursor;
import dev.pitlane.platform.web.CursorPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vehicle's service history, built from other services' events: a visit per job card, whichever of its two
 * events (closed, paid) comes first.
 */
@Service
public class ServiceHistoryService {

    private final ServiceVisitRepository visits;
    private final VehicleService vehicles;

    ServiceHistoryService(ServiceVisitRepository visits, VehicleService vehicles) {
        this.visits = visits;
        this.vehicles = vehicles;
    }

    @Transactional
    public void jobCardClosed(JobCardClosed event) {
        visits.upsertJobCard(TenantContext.organizationId(), event);
        vehicles.recordService(event.vehicleId(), event.closedAt(), event.odometer(), event.number());
    }

    @Transactional
    public void invoicePaid(InvoicePaid event) {
        visits.upsertInvoice(TenantContext.organizationId(), event);
    }

    /** Newest visit first, keyset-paged. */
    public CursorPage<ServiceVisit> history(UUID vehicleId, String cursor, int limit) {
        vehicles.get(vehicleId);
        Cursor after = Cursor.decode(cursor, 2);
        Instant at;
        UUID afterId;
        try {
            at = after == null ? null : Instant.parse(after.get(0));
            afterId = after == null ? null : UUID.fromString(after.get(1));
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "Invalid", "is not a cursor this endpoint gave out");
        }
        List<ServiceVisitRepository.Row> rows = visits.ofVehicle(TenantContext.organizationId(), vehicleId, at,
                afterId, limit + 1);
        return CursorPage.of(rows, limit, r -> Cursor.of(r.happenedAt(), r.visit().id())).map(ServiceVisitRepository.Row::visit);
    }
}
