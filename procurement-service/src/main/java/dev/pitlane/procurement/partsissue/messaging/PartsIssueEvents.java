package dev.pitlane.procurement.partsissue.messaging;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.procurement.partsissue.domain.PartsIssue;
import dev.pitlane.procurement.partsissue.domain.PartsIssueLine;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Events of topic {@code procurement.parts-issue.v1}, keyed by the parts issue so inventory sees each issue's
 * events in order (an approval always before its cancellation). Schemas:
 * {@code contracts/events/procurement-service/<EventType>.v1.schema.json}.
 */
@Component
public class PartsIssueEvents {

    public static final String TOPIC = "procurement.parts-issue.v1";
    public static final String AGGREGATE = "PartsIssue";

    public record PartsIssueApproved(UUID partsIssueId, String number, UUID fromLocationId, UUID toLocationId,
                                     UUID serviceCenterId, List<Line> lines) {
    }

    public record Line(UUID lineId, UUID itemId, BigDecimal quantity) {
    }

    public record PartsIssueDispatched(UUID partsIssueId, String number, UUID shipmentId, UUID reservationId,
                                       UUID fromLocationId, UUID toLocationId, List<Line> lines) {
    }

    public record PartsIssueReceived(UUID partsIssueId, String number, UUID shipmentId, UUID fromLocationId,
                                     UUID toLocationId, List<ReceivedLine> lines) {
    }

    public record ReceivedLine(UUID lineId, UUID itemId, BigDecimal dispatchedQuantity, BigDecimal receivedQuantity,
                               BigDecimal damagedQuantity, BigDecimal shortQuantity) {
    }

    public record PartsIssueCancelled(UUID partsIssueId, String number, UUID reservationId, String reason) {
    }

    private final Outbox outbox;

    PartsIssueEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Asks inventory to reserve every requested quantity at the central warehouse (partial reservations allowed). */
    public void approved(PartsIssue issue) {
        append(issue, "PartsIssueApproved", new PartsIssueApproved(issue.id(), issue.number(), issue.fromLocationId(),
                issue.toLocationId(), issue.serviceCenterId(), issue.lines().stream()
                .map(l -> new Line(l.id(), l.itemId(), l.requested())).toList()));
    }

    /** Only lines that actually left: inventory moves them from on-hand and reserved into transit. */
    public void dispatched(PartsIssue issue, List<PartsIssueLine> sent) {
        append(issue, "PartsIssueDispatched", new PartsIssueDispatched(issue.id(), issue.number(), issue.shipmentId(),
                issue.reservationId(), issue.fromLocationId(), issue.toLocationId(),
                sent.stream().map(l -> new Line(l.id(), l.itemId(), l.dispatched())).toList()));
    }

    public void received(PartsIssue issue) {
        append(issue, "PartsIssueReceived", new PartsIssueReceived(issue.id(), issue.number(), issue.shipmentId(),
                issue.fromLocationId(), issue.toLocationId(), issue.lines().stream()
                .filter(l -> l.dispatched() != null && l.dispatched().signum() > 0)
                .map(l -> new ReceivedLine(l.id(), l.itemId(), l.dispatched(), l.received(), l.damaged(),
                        l.shortQuantity()))
                .toList()));
    }

    /** Inventory releases whatever it holds for the issue; an issue it holds nothing for is a no-op there. */
    public void cancelled(PartsIssue issue) {
        append(issue, "PartsIssueCancelled", new PartsIssueCancelled(issue.id(), issue.number(),
                issue.reservationId(), issue.closedReason()));
    }

    private void append(PartsIssue issue, String type, Object data) {
        outbox.append(OutgoingEvent.v1(TOPIC, AGGREGATE, issue.id(), type, data));
    }
}
