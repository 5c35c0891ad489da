package dev.pitlane.procurement.partsissue.domain;

/** One step of a parts issue's history ({@code from} null at creation; {@code from == to} for a note only). */
public record IssueStatusChange(PartsIssueStatus from, PartsIssueStatus to, String actor, String note) {
}
