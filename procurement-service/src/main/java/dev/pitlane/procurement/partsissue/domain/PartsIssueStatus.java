package dev.pitlane.procurement.partsissue.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * REQUESTED → APPROVAL_PENDING_STOCK (approved by procurement, waiting for inventory's reservation) → APPROVED
 * (stock reserved, maybe partly) or REJECTED (nothing could be reserved) → DISPATCHED → RECEIVED or
 * RECEIVED_WITH_DISCREPANCY; CANCELLED from any status before dispatch.
 */
public enum PartsIssueStatus {
    REQUESTED, APPROVAL_PENDING_STOCK, APPROVED, REJECTED, DISPATCHED, RECEIVED, RECEIVED_WITH_DISCREPANCY, CANCELLED;

    private static final Map<PartsIssueStatus, Set<PartsIssueStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(APPROVAL_PENDING_STOCK, CANCELLED),
            APPROVAL_PENDING_STOCK, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.of(DISPATCHED, CANCELLED),
            REJECTED, EnumSet.noneOf(PartsIssueStatus.class),
            DISPATCHED, EnumSet.of(RECEIVED, RECEIVED_WITH_DISCREPANCY),
            RECEIVED, EnumSet.noneOf(PartsIssueStatus.class),
            RECEIVED_WITH_DISCREPANCY, EnumSet.noneOf(PartsIssueStatus.class),
            CANCELLED, EnumSet.noneOf(PartsIssueStatus.class));

    public boolean canBecome(PartsIssueStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }
}
