package dev.pitlane.reporting.export.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.export.domain.ExportFilters;
import dev.pitlane.reporting.export.domain.ExportFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Asking for exports, following them, and downloading their files. */
@Service
public class ExportJobs {

    /** A finished file to send. */
    public record Download(InputStream content, long size, String mediaType, String fileName) {
    }

    private final Map<String, ExportSource> sources;
    private final ExportJobStore store;
    private final ExportQueue queue;
    private final ExportStorage storage;
    private final Clock clock;

    ExportJobs(List<ExportSource> sources, ExportJobStore store, ExportQueue queue, ExportStorage storage,
               Clock clock) {
        this.sources = sources.stream().collect(Collectors.toMap(ExportSource::report, Function.identity(),
                (a, b) -> a, TreeMap::new));
        this.store = store;
        this.queue = queue;
        this.storage = storage;
        this.clock = clock;
    }

    @Transactional
    public ExportJob request(String report, ExportFormat format, ExportFilters filters) {
        if (report == null || !sources.containsKey(report)) {
            throw DomainException.invalidField("report", "OneOf", "one of " + sources.keySet());
        }
        if (format == null) {
            throw DomainException.invalidField("format", "NotNull", "CSV or XLSX");
        }
        if (filters.from() != null && filters.to() != null && filters.from().isAfter(filters.to())) {
            throw DomainException.invalidField("from", "Order", "must not be after to");
        }
        UUID id = UUID.randomUUID();
        store.create(id, report, format, filters, TenantContext.caller().subject(), clock.instant());
        queue.enqueue(TenantContext.organizationId(), id);
        return job(id);
    }

    @Transactional(readOnly = true)
    public ExportJob job(UUID id) {
        return store.find(id).orElseThrow(() -> DomainException.notFound("export", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<ExportJob> jobs(PageQuery page) {
        return store.page(page);
    }

    @Transactional(readOnly = true)
    public Download download(UUID id) throws IOException {
        ExportJob job = job(id);
        if ("EXPIRED".equals(job.status())) {
            throw DomainException.conflict("export-expired", "The file expired at " + job.expiresAt()
                    + "; export again");
        }
        String key = store.fileKey(id).orElse(null);
        if (!"DONE".equals(job.status()) || key == null) {
            throw DomainException.conflict("export-not-ready", "The export is " + job.status());
        }
        return new Download(storage.open(key), job.fileSize(), job.format().mediaType(),
                job.report() + "-" + job.requestedAt().toString().substring(0, 10) + "." + job.format().extension());
    }
}
