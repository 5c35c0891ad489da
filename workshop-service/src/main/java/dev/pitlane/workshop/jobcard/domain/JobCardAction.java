package dev.pitlane.workshop.jobcard.domain;

import dev.pitlane.platform.domain.DomainException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.APPROVED;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.AWAITING_APPROVAL;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.CANCELLED;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.CLOSED;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.DELIVERED;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.IN_INSPECTION;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.IN_PROGRESS;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.OPEN;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.QUALITY_CHECK;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.READY_FOR_DELIVERY;
import static dev.pitlane.workshop.jobcard.domain.JobCardStatus.WAITING_FOR_PARTS;

/**
 * The job card's workflow, one command each ({@code POST /api/v1/job-cards/{id}/<path>}):
 * OPEN → IN_INSPECTION → AWAITING_APPROVAL → APPROVED → IN_PROGRESS ⇄ WAITING_FOR_PARTS → QUALITY_CHECK →
 * READY_FOR_DELIVERY → DELIVERED → CLOSED. A failed quality check sends the job back to work; a job is cancelled
 * only before work starts, when nothing has been fitted that would have to come off again.
 */
public enum JobCardAction {
    START_INSPECTION("start-inspection", IN_INSPECTION, EnumSet.of(OPEN)),
    REQUEST_APPROVAL("request-approval", AWAITING_APPROVAL, EnumSet.of(IN_INSPECTION)),
    APPROVE("approve", APPROVED, EnumSet.of(AWAITING_APPROVAL)),
    START_WORK("start-work", IN_PROGRESS, EnumSet.of(APPROVED)),
    WAIT_FOR_PARTS("wait-for-parts", WAITING_FOR_PARTS, EnumSet.of(APPROVED, IN_PROGRESS)),
    RESUME_WORK("resume-work", IN_PROGRESS, EnumSet.of(WAITING_FOR_PARTS)),
    REQUEST_QUALITY_CHECK("request-quality-check", QUALITY_CHECK, EnumSet.of(IN_PROGRESS)),
    FAIL_QUALITY_CHECK("fail-quality-check", IN_PROGRESS, EnumSet.of(QUALITY_CHECK)),
    PASS_QUALITY_CHECK("pass-quality-check", READY_FOR_DELIVERY, EnumSet.of(QUALITY_CHECK)),
    DELIVER("deliver", DELIVERED, EnumSet.of(READY_FOR_DELIVERY)),
    CLOSE("close", CLOSED, EnumSet.of(DELIVERED)),
    CANCEL("cancel", CANCELLED, EnumSet.of(OPEN, IN_INSPECTION, AWAITING_APPROVAL, APPROVED));

    private final String path;
    private final JobCardStatus target;
    private final Set<JobCardStatus> from;

    JobCardAction(String path, JobCardStatus target, Set<JobCardStatus> from) {
        this.path = path;
        this.target = target;
        this.from = from;
    }

    public String path() {
        return path;
    }

    public JobCardStatus target() {
        return target;
    }

    /** The status after this action, or a 409 {@code illegal-transition} when {@code current} does not allow it. */
    public JobCardStatus applyTo(JobCardStatus current) {
        if (!from.contains(current)) {
            throw DomainException.conflict("illegal-transition",
                    "A job card that is " + current + " cannot " + path.replace('-', ' '));
        }
        return target;
    }

    public static Optional<JobCardAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
