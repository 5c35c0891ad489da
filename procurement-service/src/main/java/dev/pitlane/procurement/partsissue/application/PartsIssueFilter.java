package dev.pitlane.procurement.partsissue.application;

import dev.pitlane.procurement.partsissue.domain.PartsIssueStatus;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code visibleCenters} empty: the caller may see every center. */
public record PartsIssueFilter(List<PartsIssueStatus> statuses, UUID serviceCenterId, UUID itemId,
                               Set<UUID> visibleCenters) {
}
