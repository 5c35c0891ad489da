package dev.pitlane.procurement.partsissue.application;

import dev.pitlane.procurement.partsissue.domain.RequestedLine;

import java.util.List;
import java.util.UUID;

/** A service center asks for parts from the central warehouse ({@code from}) to its store ({@code to}). */
public record PartsIssueRequest(UUID serviceCenterId, UUID fromLocationId, UUID toLocationId, String note,
                                List<RequestedLine> lines) {
}
