package dev.pitlane.reporting.export.application;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs one export job: counts its rows, streams them from a cursor into the file, reports progress every
 * {@link #PROGRESS_EVERY} rows, and marks it DONE with its expiry. A failure marks the attempt and is thrown again
 * for the scheduler to retry; a job found DONE already (a retry after a crash past the commit) is left alone.
 */
@Service
public class ExportRunner {

    static final int PROGRESS_EVERY = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final Map<String, ExportSource> sources;
    private final ExportJobStore store;
    private final ExportStorage storage;
    private final ExportWriters writers;
    private final ExportProperties properties;
    private final TransactionTemplate transactions;
    private final TransactionTemplate cursor;
    private final Clock clock;

    ExportRunner(List<ExportSource> sources, ExportJobStore store, ExportStorage storage, ExportWriters writers,
                 ExportProperties properties, PlatformTransactionManager txManager, Clock clock) {
        this.sources = sources.stream().collect(Collectors.toMap(ExportSource::report, Function.identity()));
        this.store = store;
        this.storage = storage;
        this.writers = writers;
        this.properties = properties;
        // progress is committed beside the cursor's transaction, which stays open for the whole file
        this.transactions = new TransactionTemplate(txManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cursor = new TransactionTemplate(txManager);
        this.cursor.setReadOnly(true);
        this.clock = clock;
    }

    public int attempts() {
        return properties.attempts();
    }

    /** @param attempt this run's number, from 1; the last one marks the job FAILED when it fails */
    public void run(UUID organizationId, UUID jobId, int attempt) {
        TenantContext.runAs(Caller.system(organizationId, "export"), () -> export(jobId, attempt));
    }

    private void export(UUID jobId, int attempt) {
        ExportJob job = transactions.execute(s -> store.find(jobId).orElse(null));
        if (job == null || !("QUEUED".equals(job.status()) || "RUNNING".equals(job.status()))) {
            return;
        }
        ExportSource source = sources.get(job.report());
        String key = TenantContext.organizationId() + "/" + jobId + "." + job.format().extension();
        try {
            long total = transactions.execute(s -> {
                long count = source.count(job.filters());
                store.started(jobId, count);
                return count;
            });
            long[] written = {0};
            try (OutputStream out = storage.create(key); ExportWriter writer = writers.open(job.format(), out)) {
                writer.header(source.columns());
                cursor.executeWithoutResult(s -> source.stream(job.filters(), row -> {
                    write(writer, row);
                    if (++written[0] % PROGRESS_EVERY == 0) {
                        transactions.executeWithoutResult(p -> store.progress(jobId, written[0]));
                    }
                }));
            }
            long size = storage.size(key);
            transactions.executeWithoutResult(s -> store.done(jobId, key, size, written[0],
                    clock.instant().plus(properties.retention())));
            log.info("Export {} of {}: {} of {} rows, {} bytes", jobId, job.report(), written[0], total, size);
        } catch (IOException | RuntimeException e) {
            boolean last = attempt >= properties.attempts();
            log.warn("Export {} attempt {} failed{}", jobId, attempt, last ? " for the last time" : "", e);
            transactions.executeWithoutResult(s -> store.failed(jobId, String.valueOf(e.getMessage()), last));
            deleteQuietly(key);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void write(ExportWriter writer, Object[] row) {
        try {
            writer.row(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException e) {
            log.warn("Could not delete the partial export {}", key, e);
        }
    }
}
