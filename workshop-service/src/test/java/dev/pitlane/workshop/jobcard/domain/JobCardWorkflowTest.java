package dev.pitlane.workshop.jobcard.domain;

import dev.pitlane.platform.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static dev.pitlane.workshop.jobcard.domain.JobCardAction.*;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobCardWorkflowTest {

    @Test
    void walksTheWholeWayFromOpenToClosedWithAWaitForParts() {
        JobCardStatus status = OPEN;
        for (JobCardAction action : List.of(START_INSPECTION, REQUEST_APPROVAL, APPROVE, START_WORK, WAIT_FOR_PARTS,
                RESUME_WORK, REQUEST_QUALITY_CHECK, FAIL_QUALITY_CHECK, REQUEST_QUALITY_CHECK, PASS_QUALITY_CHECK,
                DELIVER, CLOSE)) {
            status = action.applyTo(status);
        }
        assertThat(status).isEqualTo(CLOSED);
    }

    @Test
    void aJobShortOfPartsRightAfterApprovalWaitsForThem() {
        assertThat(WAIT_FOR_PARTS.applyTo(APPROVED)).isEqualTo(WAITING_FOR_PARTS);
    }

    @ParameterizedTest
    @EnumSource(value = JobCardStatus.class, names = {"OPEN", "IN_INSPECTION", "AWAITING_APPROVAL", "APPROVED"})
    void canBeCancelledBeforeWorkStarts(JobCardStatus status) {
        assertThat(CANCEL.applyTo(status)).isEqualTo(CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(value = JobCardStatus.class, names = {"IN_PROGRESS", "WAITING_FOR_PARTS", "QUALITY_CHECK",
            "READY_FOR_DELIVERY", "DELIVERED", "CLOSED", "CANCELLED"})
    void cannotBeCancelledOnceWorkStarted(JobCardStatus status) {
        assertThatThrownBy(() -> CANCEL.applyTo(status)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.code()).isEqualTo("illegal-transition");
        });
    }

    @Test
    void noStepCanBeSkippedAndClosedAndCancelledAreFinal() {
        assertThatThrownBy(() -> DELIVER.applyTo(IN_PROGRESS)).hasMessageContaining("IN_PROGRESS cannot deliver");
        assertThatThrownBy(() -> START_WORK.applyTo(AWAITING_APPROVAL)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CLOSE.applyTo(READY_FOR_DELIVERY)).isInstanceOf(DomainException.class);
        for (JobCardAction action : JobCardAction.values()) {
            assertThatThrownBy(() -> action.applyTo(CLOSED)).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> action.applyTo(CANCELLED)).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void everyActionHasAPathOfItsOwn() {
        for (JobCardAction action : JobCardAction.values()) {
            assertThat(JobCardAction.ofPath(action.path())).contains(action);
        }
        assertThat(JobCardAction.ofPath("status")).isEmpty();
    }

    @Test
    void numbersFitSixteenCharactersPerCenterAndFinancialYear() {
        assertThat(JobCardNumber.format("AND", FinancialYear.containing(LocalDate.of(2026, 12, 7)), 123))
                .isEqualTo("AND/26-27/000123").hasSizeLessThanOrEqualTo(16);
        assertThat(FinancialYear.containing(LocalDate.of(2027, 3, 31)).shortLabel()).isEqualTo("26-27");
        assertThat(FinancialYear.containing(LocalDate.of(2027, 4, 1)).shortLabel()).isEqualTo("27-28");
        assertThat(FinancialYear.containing(LocalDate.of(1999, 6, 1)).shortLabel()).isEqualTo("99-00");
        assertThatThrownBy(() -> JobCardNumber.format("AND", new FinancialYear(2026), 1_000_000))
                .hasMessageContaining("999999");
    }
}
