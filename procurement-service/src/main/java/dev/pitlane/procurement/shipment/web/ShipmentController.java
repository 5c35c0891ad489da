package dev.pitlane.procurement.shipment.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.shipment.application.ShipmentService;
import dev.pitlane.procurement.shipment.application.ShipmentView;
import dev.pitlane.procurement.shipment.application.TrackingEventView;
import dev.pitlane.procurement.shipment.domain.ShipmentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Shipments", description = "Consignments of parts issues: CREATED, DISPATCHED, IN_TRANSIT, DELIVERED, "
        + "EXCEPTION; carriers and partners report tracking events")
class ShipmentController {

    private static final Map<String, String> SORTS = Map.of("createdAt", "created_at", "status", "status",
            "lastEventAt", "last_event_at");

    private final ShipmentService shipments;

    ShipmentController(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('shipment:read')")
    PageResponse<ShipmentView> list(@RequestParam(required = false) List<ShipmentStatus> status,
                                    @RequestParam(required = false) UUID partsIssueId,
                                    @RequestParam(required = false) String trackingNumber,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("created_at", true));
        return shipments.list(status, partsIssueId, trackingNumber, q);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('shipment:read')")
    ShipmentView get(@PathVariable UUID id) {
        return shipments.get(id);
    }

    @GetMapping("/{id}/tracking-events")
    @PreAuthorize("hasAuthority('shipment:read')")
    List<TrackingEventView> trackingEvents(@PathVariable UUID id) {
        return shipments.trackingEvents(id);
    }

    @PostMapping("/{id}/tracking-events")
    @PreAuthorize("hasAuthority('shipment:track')")
    @Operation(summary = "Report a tracking event (carriers, partners)", description = "Send an Idempotency-Key to "
            + "retry safely. A report older than the latest one, or a repeat of DISPATCHED/DELIVERED, is kept in "
            + "the history with applied=false; a status the shipment cannot reach from its current one (e.g. "
            + "IN_TRANSIT after DELIVERED) answers 409 illegal-transition")
    ResponseEntity<TrackingEventView> track(@PathVariable UUID id, @Valid @RequestBody TrackingEventRequest body) {
        return ResponseEntity.status(201).body(shipments.track(id, body.report()));
    }
}
