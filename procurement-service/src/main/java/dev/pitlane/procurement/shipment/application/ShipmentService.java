package dev.pitlane.procurement.shipment.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.shared.application.Actor;
import dev.pitlane.procurement.shipment.domain.Shipment;
import dev.pitlane.procurement.shipment.domain.ShipmentStatus;
import dev.pitlane.procurement.shipment.domain.TrackingResult;
import dev.pitlane.procurement.shipment.messaging.ShipmentEvents;
import dev.pitlane.procurement.shipment.persistence.ShipmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Shipments of parts issues and their tracking. Staff bound to service centers see only their centers'
 * shipments; carriers and partners (client tokens without centers) see the organization's.
 */
@Service
public class ShipmentService {

    /** Carriers' clocks run a little ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ShipmentRepository shipments;
    private final ShipmentEvents events;
    private final Clock clock;

    ShipmentService(ShipmentRepository shipments, ShipmentEvents events, Clock clock) {
        this.shipments = shipments;
        this.events = events;
        this.clock = clock;
    }

    /** Called in the dispatch transaction of the parts issue: the shipment exists exactly when the dispatch does. */
    @Transactional
    public void dispatch(NewShipment n) {
        Instant now = clock.instant();
        String actor = Actor.current();
        Shipment s = Shipment.create(n.id(), n.partsIssueId(), n.serviceCenterId(), n.fromLocationId(),
                n.toLocationId(), n.carrier(), n.trackingNumber(), now);
        TrackingResult result = s.track(ShipmentStatus.DISPATCHED, null, now);
        shipments.insert(s, n.lines());
        shipments.recordEvent(s.id(), ShipmentStatus.CREATED, null, null, now, now, actor, true);
        shipments.recordEvent(s.id(), ShipmentStatus.DISPATCHED, null, null, now, now, actor, true);
        events.statusChanged(s, result.previous(), null, now);
    }

    @Transactional
    public TrackingEventView track(UUID shipmentId, TrackingReport report) {
        if (report.occurredAt() != null && report.occurredAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw DomainException.invalidField("occurredAt", "PastOrPresent", "must not be in the future");
        }
        Shipment s = lockVisible(shipmentId);
        return apply(s, report);
    }

    /**
     * The store received the goods: the shipment is delivered, unless the carrier said so already. The time is
     * never before the latest carrier report, so a carrier clock running ahead cannot keep it undelivered.
     */
    @Transactional
    public void deliveredToStore(UUID shipmentId) {
        Shipment s = shipments.lock(shipmentId).orElseThrow(() -> DomainException.notFound("Shipment", shipmentId));
        if (s.status() == ShipmentStatus.DELIVERED) {
            return;
        }
        Instant now = clock.instant();
        Instant at = now.isBefore(s.lastEventAt()) ? s.lastEventAt() : now;
        apply(s, new TrackingReport(ShipmentStatus.DELIVERED, null, "received at the service center store", at));
    }

    private TrackingEventView apply(Shipment s, TrackingReport report) {
        Instant now = clock.instant();
        Instant occurredAt = report.occurredAt() == null ? now : report.occurredAt();
        TrackingResult result = s.track(report.status(), report.location(), occurredAt);
        long eventId = shipments.recordEvent(s.id(), report.status(), report.location(), report.note(), occurredAt,
                now, Actor.current(), result.applied());
        if (result.applied()) {
            shipments.save(s, now);
        }
        if (result.statusChanged()) {
            events.statusChanged(s, result.previous(), report.note(), occurredAt);
        }
        return shipments.event(eventId, s.status()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public ShipmentView get(UUID id) {
        ShipmentView view = shipments.view(id).orElseThrow(() -> DomainException.notFound("Shipment", id));
        if (!TenantContext.caller().mayAccessServiceCenter(view.serviceCenterId())) {
            throw DomainException.notFound("Shipment", id);
        }
        return view;
    }

    @Transactional(readOnly = true)
    public List<TrackingEventView> trackingEvents(UUID id) {
        return get(id).trackingEvents();
    }

    @Transactional(readOnly = true)
    public PageResponse<ShipmentView> list(List<ShipmentStatus> statuses, UUID partsIssueId, String trackingNumber,
                                           PageQuery page) {
        Set<UUID> centers = TenantContext.caller().serviceCenterIds();
        return shipments.list(statuses, partsIssueId, trackingNumber, centers, page);
    }

    private Shipment lockVisible(UUID id) {
        Shipment s = shipments.lock(id).orElseThrow(() -> DomainException.notFound("Shipment", id));
        if (!TenantContext.caller().mayAccessServiceCenter(s.serviceCenterId())) {
            throw DomainException.notFound("Shipment", id);
        }
        return s;
    }
}
