package dev.pitlane.procurement.partsissue.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.procurement.shared.domain.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartsIssueTest {

    private static final Instant NOW = Instant.parse("2025-06-02T06:30:00Z");
    private static final UUID CENTER = UUID.randomUUID();
    private static final UUID WAREHOUSE = UUID.randomUUID();
    private static final UUID STORE = UUID.randomUUID();
    private static final UUID RESERVATION = UUID.randomUUID();

    private static PartsIssue requested() {
        return PartsIssue.request(UUID.randomUUID(), "PI-000001", CENTER, WAREHOUSE, STORE, "for job cards",
                List.of(new RequestedLine(UUID.randomUUID(), "OF-1", "Oil filter", new BigDecimal("10")),
                        new RequestedLine(UUID.randomUUID(), "SP-1", "Spark plug", new BigDecimal("8"))),
                "keeper", NOW);
    }

    private static Map<UUID, BigDecimal> everything(PartsIssue issue) {
        return Map.of(issue.lines().get(0).id(), new BigDecimal("10"), issue.lines().get(1).id(),
                new BigDecimal("8"));
    }

    /** An issue in {@code status}, reached through the legal path. */
    private static PartsIssue in(PartsIssueStatus status) {
        PartsIssue issue = requested();
        switch (status) {
            case REQUESTED -> {
            }
            case APPROVAL_PENDING_STOCK -> issue.approve("officer", NOW);
            case APPROVED -> reserved(issue);
            case REJECTED -> {
                issue.approve("officer", NOW);
                issue.reservationRejected("INSUFFICIENT_STOCK", "inventory");
            }
            case DISPATCHED -> dispatched(issue);
            case RECEIVED -> {
                dispatched(issue);
                issue.receive(List.of(count(issue, 0, "10", "0", "0"), count(issue, 1, "8", "0", "0")), "keeper",
                        NOW);
            }
            case RECEIVED_WITH_DISCREPANCY -> {
                dispatched(issue);
                issue.receive(List.of(count(issue, 0, "9", "0", "1"), count(issue, 1, "8", "0", "0")), "keeper",
                        NOW);
            }
            case CANCELLED -> issue.cancel("keeper", "not needed");
        }
        assertThat(issue.status()).isEqualTo(status);
        return issue;
    }

    private static void reserved(PartsIssue issue) {
        issue.approve("officer", NOW);
        issue.stockReserved(RESERVATION, false, everything(issue), "inventory");
    }

    private static void dispatched(PartsIssue issue) {
        reserved(issue);
        issue.dispatch(null, UUID.randomUUID(), "warehouse", NOW);
    }

    private static LineReceipt count(PartsIssue issue, int line, String received, String damaged, String short_) {
        return new LineReceipt(issue.lines().get(line).id(), new BigDecimal(received), new BigDecimal(damaged),
                new BigDecimal(short_));
    }

    private static final Map<String, Set<PartsIssueStatus>> LEGAL = Map.of(
            "approve", EnumSet.of(PartsIssueStatus.REQUESTED),
            "dispatch", EnumSet.of(PartsIssueStatus.APPROVED),
            "receive", EnumSet.of(PartsIssueStatus.DISPATCHED),
            "cancel", EnumSet.of(PartsIssueStatus.REQUESTED, PartsIssueStatus.APPROVAL_PENDING_STOCK,
                    PartsIssueStatus.APPROVED));

    private static final Map<String, Consumer<PartsIssue>> ACTIONS = Map.of(
            "approve", i -> i.approve("officer", NOW),
            "dispatch", i -> i.dispatch(null, UUID.randomUUID(), "warehouse", NOW),
            "receive", i -> i.receive(List.of(count(i, 0, "10", "0", "0"), count(i, 1, "8", "0", "0")), "keeper",
                    NOW),
            "cancel", i -> i.cancel("keeper", "changed plans"));

    @ParameterizedTest
    @EnumSource(PartsIssueStatus.class)
    void everyCommandIsLegalExactlyInItsStatuses(PartsIssueStatus status) {
        ACTIONS.forEach((action, apply) -> {
            PartsIssue issue = in(status);
            if (LEGAL.get(action).contains(status)) {
                apply.accept(issue);
            } else {
                assertThatThrownBy(() -> apply.accept(issue)).as(action + " in " + status)
                        .isInstanceOf(IllegalTransitionException.class);
                assertThat(issue.status()).isEqualTo(status);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(PartsIssueStatus.class)
    void aReservationAppliesOnlyWhileWaitingForIt(PartsIssueStatus status) {
        PartsIssue issue = in(status);
        ReservationOutcome outcome = issue.stockReserved(UUID.randomUUID(), false, everything(issue), "inventory");
        if (status == PartsIssueStatus.APPROVAL_PENDING_STOCK) {
            assertThat(outcome).isEqualTo(ReservationOutcome.APPLIED);
            assertThat(issue.status()).isEqualTo(PartsIssueStatus.APPROVED);
        } else {
            assertThat(outcome).isEqualTo(status == PartsIssueStatus.CANCELLED
                    ? ReservationOutcome.ARRIVED_AFTER_CANCELLATION : ReservationOutcome.IGNORED);
            assertThat(issue.status()).isEqualTo(status);
        }
    }

    @ParameterizedTest
    @EnumSource(PartsIssueStatus.class)
    void aRejectionAppliesOnlyWhileWaitingForTheReservation(PartsIssueStatus status) {
        PartsIssue issue = in(status);
        ReservationOutcome outcome = issue.reservationRejected("INSUFFICIENT_STOCK", "inventory");
        assertThat(outcome).isEqualTo(status == PartsIssueStatus.APPROVAL_PENDING_STOCK ? ReservationOutcome.APPLIED
                : ReservationOutcome.IGNORED);
        assertThat(issue.status()).isEqualTo(status == PartsIssueStatus.APPROVAL_PENDING_STOCK
                ? PartsIssueStatus.REJECTED : status);
    }

    @Test
    void theSameReservationTwiceIsAlreadyApplied() {
        PartsIssue issue = in(PartsIssueStatus.APPROVED);
        assertThat(issue.stockReserved(RESERVATION, false, everything(issue), "inventory"))
                .isEqualTo(ReservationOutcome.ALREADY_APPLIED);
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.APPROVED);
    }

    @Test
    void aLateReservationNeverResurrectsACancelledIssue() {
        PartsIssue issue = requested();
        issue.approve("officer", NOW);
        issue.cancel("keeper", "found the parts elsewhere");
        assertThat(issue.stockReserved(RESERVATION, false, everything(issue), "inventory"))
                .isEqualTo(ReservationOutcome.ARRIVED_AFTER_CANCELLATION);
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.CANCELLED);
        assertThat(issue.lines()).allSatisfy(l -> assertThat(l.approved()).isNull());
        assertThat(issue.changes()).last().satisfies(c -> {
            assertThat(c.from()).isEqualTo(PartsIssueStatus.CANCELLED);
            assertThat(c.to()).isEqualTo(PartsIssueStatus.CANCELLED);
            assertThat(c.note()).contains(RESERVATION.toString());
        });
    }

    @Test
    void aPartialReservationApprovesWhatWasReservedAndNeverMoreThanRequested() {
        PartsIssue issue = requested();
        issue.approve("officer", NOW);
        UUID first = issue.lines().get(0).id();
        UUID second = issue.lines().get(1).id();
        issue.stockReserved(RESERVATION, true, Map.of(first, new BigDecimal("4"), second, new BigDecimal("99")),
                "inventory");
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.APPROVED);
        assertThat(issue.lines().get(0).approved()).isEqualByComparingTo("4");
        assertThat(issue.lines().get(1).approved()).isEqualByComparingTo("8");
        assertThat(issue.reservationPartial()).isTrue();
        assertThat(issue.reservationId()).isEqualTo(RESERVATION);
    }

    @Test
    void aLineTheAnswerDoesNotNameGotNothing() {
        PartsIssue issue = requested();
        issue.approve("officer", NOW);
        issue.stockReserved(RESERVATION, false, Map.of(issue.lines().get(0).id(), new BigDecimal("10")), "inv");
        assertThat(issue.lines().get(1).approved()).isEqualByComparingTo("0");
        assertThat(issue.reservationPartial()).isTrue();
    }

    @Test
    void aReservationOfNothingRejects() {
        PartsIssue issue = requested();
        issue.approve("officer", NOW);
        issue.stockReserved(RESERVATION, true, Map.of(), "inventory");
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.REJECTED);
    }

    @Test
    void dispatchSendsUpToTheApprovedQuantities() {
        PartsIssue issue = requested();
        issue.approve("officer", NOW);
        UUID first = issue.lines().get(0).id();
        UUID second = issue.lines().get(1).id();
        issue.stockReserved(RESERVATION, true, Map.of(first, new BigDecimal("4"), second, new BigDecimal("8")), "i");
        assertThatThrownBy(() -> issue.dispatch(Map.of(first, new BigDecimal("4.001")), UUID.randomUUID(), "w", NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("exceeds-approved");
        assertThatThrownBy(() -> issue.dispatch(Map.of(UUID.randomUUID(), BigDecimal.ONE), UUID.randomUUID(), "w",
                NOW)).extracting(e -> ((DomainException) e).code()).isEqualTo("unknown-line");
        assertThatThrownBy(() -> issue.dispatch(Map.of(first, BigDecimal.ZERO), UUID.randomUUID(), "w", NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("empty-dispatch");
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.APPROVED);
        UUID shipment = UUID.randomUUID();
        List<PartsIssueLine> sent = issue.dispatch(Map.of(first, new BigDecimal("3")), shipment, "w", NOW);
        assertThat(sent).extracting(PartsIssueLine::id).containsExactly(first);
        assertThat(issue.lines().get(1).dispatched()).isEqualByComparingTo("0");
        assertThat(issue.shipmentId()).isEqualTo(shipment);
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.DISPATCHED);
    }

    @Test
    void aReceiptMustAccountForEveryDispatchedUnit() {
        PartsIssue issue = in(PartsIssueStatus.DISPATCHED);
        assertThatThrownBy(() -> issue.receive(List.of(count(issue, 0, "9", "0", "0"), count(issue, 1, "8", "0",
                "0")), "k", NOW)).extracting(e -> ((DomainException) e).code()).isEqualTo("quantity-mismatch");
        assertThatThrownBy(() -> issue.receive(List.of(count(issue, 0, "10", "0", "0")), "k", NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("line-missing");
        assertThatThrownBy(() -> issue.receive(List.of(count(issue, 0, "10", "0", "0"), count(issue, 0, "10", "0",
                "0")), "k", NOW)).extracting(e -> ((DomainException) e).code()).isEqualTo("duplicate-line");
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.DISPATCHED);
        assertThat(issue.lines()).allSatisfy(l -> assertThat(l.received()).isNull());
    }

    @Test
    void damagedOrShortLinesAreDiscrepancies() {
        PartsIssue issue = in(PartsIssueStatus.DISPATCHED);
        List<PartsIssueLine> discrepancies = issue.receive(List.of(count(issue, 0, "7", "2", "1"),
                count(issue, 1, "8", "0", "0")), "keeper", NOW);
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.RECEIVED_WITH_DISCREPANCY);
        assertThat(discrepancies).singleElement().satisfies(l -> {
            assertThat(l.damaged()).isEqualByComparingTo("2");
            assertThat(l.shortQuantity()).isEqualByComparingTo("1");
        });
    }

    @Test
    void aLineDispatchedWithNothingNeedNotBeCounted() {
        PartsIssue issue = requested();
        issue.approve("officer", NOW);
        UUID first = issue.lines().get(0).id();
        issue.stockReserved(RESERVATION, true, Map.of(first, new BigDecimal("10")), "inventory");
        issue.dispatch(null, UUID.randomUUID(), "w", NOW);
        issue.receive(List.of(count(issue, 0, "10", "0", "0")), "keeper", NOW);
        assertThat(issue.status()).isEqualTo(PartsIssueStatus.RECEIVED);
        assertThat(issue.lines().get(1).received()).isEqualByComparingTo("0");
    }

    @Test
    void aRequestNeedsDistinctItemsAndTwoPlaces() {
        UUID item = UUID.randomUUID();
        assertThatThrownBy(() -> PartsIssue.request(UUID.randomUUID(), "PI-1", CENTER, WAREHOUSE, STORE, null,
                List.of(new RequestedLine(item, "A", "a", BigDecimal.ONE), new RequestedLine(item, "A", "a",
                        BigDecimal.TEN)), "k", NOW)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("duplicate-item");
        assertThatThrownBy(() -> PartsIssue.request(UUID.randomUUID(), "PI-1", CENTER, STORE, STORE, null,
                List.of(new RequestedLine(item, "A", "a", BigDecimal.ONE)), "k", NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("same-location");
    }

    @Test
    void aReleaseIsRecordedOnce() {
        PartsIssue issue = in(PartsIssueStatus.CANCELLED);
        assertThat(issue.reservationReleased(NOW)).isTrue();
        assertThat(issue.reservationReleased(NOW.plusSeconds(5))).isFalse();
        assertThat(issue.reservationReleasedAt()).isEqualTo(NOW);
    }
}
