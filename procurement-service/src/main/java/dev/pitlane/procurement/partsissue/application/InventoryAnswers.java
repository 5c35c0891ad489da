package dev.pitlane.procurement.partsissue.application;

import dev.pitlane.procurement.partsissue.domain.PartsIssue;
import dev.pitlane.procurement.partsissue.domain.ReservationOutcome;
import dev.pitlane.procurement.partsissue.persistence.PartsIssueRepository;
import dev.pitlane.procurement.shared.application.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Inventory's answers to an approval. They may come late (after a cancellation) or twice (as a new event); the
 * issue's state machine decides whether they still apply, and nothing else happens when they do not.
 *
 * <p>A reservation that arrives after the issue was cancelled is not released from here: inventory reads the
 * issue's events in order on one partition (keyed by the issue), so it reserved before it saw the
 * {@code PartsIssueCancelled} that follows, and releases on that.
 */
@Service
public class InventoryAnswers {

    private static final Logger log = LoggerFactory.getLogger(InventoryAnswers.class);

    private final PartsIssueRepository issues;
    private final Clock clock;

    InventoryAnswers(PartsIssueRepository issues, Clock clock) {
        this.issues = issues;
        this.clock = clock;
    }

    @Transactional
    public ReservationOutcome stockReserved(UUID partsIssueId, UUID reservationId, boolean partial,
                                           Map<UUID, BigDecimal> reservedByLine) {
        return issues.lock(partsIssueId).map(issue -> {
            ReservationOutcome outcome = issue.stockReserved(reservationId, partial, reservedByLine, Actor.current());
            save(issue, outcome);
            return outcome;
        }).orElseGet(() -> unknown(partsIssueId));
    }

    @Transactional
    public ReservationOutcome reservationRejected(UUID partsIssueId, String reason) {
        return issues.lock(partsIssueId).map(issue -> {
            ReservationOutcome outcome = issue.reservationRejected(reason == null ? "no stock" : reason,
                    Actor.current());
            save(issue, outcome);
            return outcome;
        }).orElseGet(() -> unknown(partsIssueId));
    }

    @Transactional
    public void reservationReleased(UUID partsIssueId) {
        issues.lock(partsIssueId).ifPresent(issue -> {
            if (issue.reservationReleased(clock.instant())) {
                issues.save(issue, clock.instant());
            }
        });
    }

    private void save(PartsIssue issue, ReservationOutcome outcome) {
        if (outcome == ReservationOutcome.APPLIED || outcome == ReservationOutcome.ARRIVED_AFTER_CANCELLATION) {
            issues.save(issue, clock.instant());
        } else {
            log.info("Inventory's answer for parts issue {} ignored: {} while {}", issue.number(), outcome,
                    issue.status());
        }
    }

    /** Not an issue of ours in this organization: nothing to do, and retrying would not change that. */
    private static ReservationOutcome unknown(UUID partsIssueId) {
        log.warn("Inventory answered for parts issue {}, which does not exist here", partsIssueId);
        return ReservationOutcome.IGNORED;
    }
}
