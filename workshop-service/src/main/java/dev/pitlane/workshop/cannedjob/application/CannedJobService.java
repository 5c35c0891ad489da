package dev.pitlane.workshop.cannedjob.application;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.cannedjob.persistence.CannedJob;
import dev.pitlane.workshop.cannedjob.persistence.CannedJobRepository;
import dev.pitlane.workshop.shared.application.Pages;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

@Service
@Transactional
public class CannedJobService {

    private final CannedJobRepository jobs;
    private final Clock clock;

    CannedJobService(CannedJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    public CannedJobView create(UUID id, String code, CannedJobDetails details) {
        if (jobs.existsByCode(code)) {
            throw DomainException.conflict("duplicate", "A canned job with code " + code + " exists");
        }
        CannedJob job = new CannedJob(id, code, clock.instant());
        describe(job, details);
        return CannedJobView.of(jobs.saveAndFlush(job));
    }

    public CannedJobView update(UUID id, CannedJobDetails details, long version) {
        CannedJob job = jobs.findById(id).orElseThrow(() -> DomainException.notFound("Canned job", id));
        if (job.version() != version) {
            throw new ObjectOptimisticLockingFailureException(CannedJob.class, id);
        }
        describe(job, details);
        return CannedJobView.of(jobs.saveAndFlush(job));
    }

    @Transactional(readOnly = true)
    public CannedJobView get(UUID id) {
        return jobs.findById(id).map(CannedJobView::of).orElseThrow(() -> DomainException.notFound("Canned job", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<CannedJobView> list(boolean includeInactive, PageQuery query) {
        var pageable = Pages.pageable(query, "id");
        return Pages.response(includeInactive ? jobs.findAll(pageable) : jobs.findByActiveTrue(pageable), query,
                CannedJobView::of);
    }

    private static void describe(CannedJob job, CannedJobDetails d) {
        job.describe(d.name(), d.standardHours(), d.sac(), d.bayType(), d.skill(), d.active());
    }
}
