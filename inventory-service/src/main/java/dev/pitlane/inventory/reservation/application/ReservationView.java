package dev.pitlane.inventory.reservation.application;

import dev.pitlane.inventory.reservation.domain.ReferenceType;
import dev.pitlane.inventory.reservation.domain.ReservationLine;
import dev.pitlane.inventory.reservation.domain.ReservationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReservationView(UUID id, ReferenceType referenceType, String referenceId, UUID locationId,
                              ReservationStatus status, Instant expiresAt, boolean partial, String createdBy,
                              Instant createdAt, Instant closedAt, List<Line> lines) {

    public record Line(int lineNo, UUID lineId, UUID itemId, BigDecimal requestedQuantity, BigDecimal quantity,
                       BigDecimal consumedQuantity, BigDecimal releasedQuantity, BigDecimal remaining) {
    }

    public List<ReservationLine> domainLines() {
        return lines.stream().map(l -> new ReservationLine(l.lineNo(), l.lineId(), l.itemId(), l.requestedQuantity(),
                l.quantity(), l.consumedQuantity(), l.releasedQuantity())).toList();
    }
}
