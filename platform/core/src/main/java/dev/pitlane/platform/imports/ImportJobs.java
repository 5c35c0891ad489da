package dev.pitlane.platform.imports;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Runs imports as background jobs. The upload is spooled to a file, a job row is written, and the importer runs on
 * the import pool as the caller who submitted it; the request waits {@code pitlane.imports.answer-within} (2 s)
 * for it, so a small file answers finished and a large one answers running (202, poll its status). The same
 * {@code Idempotency-Key} gives the same job; the same key with another file (or options) is 422.
 */
public class ImportJobs implements AutoCloseable {

    public static final int MAX_PROBLEMS_SHOWN = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final TransactionRunner transactions;
    private final ExecutorService pool;
    private final Duration answerWithin;

    /** Runs a piece of work in a transaction of its own (the job row's writes). */
    public interface TransactionRunner {
        void run(Runnable work);
    }

    ImportJobs(ImportJobRepository jobs, TransactionRunner transactions, ExecutorService pool, Duration answerWithin) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.pool = pool;
        this.answerWithin = answerWithin;
    }

    /**
     * Starts (or, for a known Idempotency-Key, finds) an import of {@code kind}.
     *
     * @param options the request's options that change what the import does (they are part of the key's identity)
     */
    public ImportJob submit(String kind, MultipartFile file, boolean dryRun, Map<String, String> options,
                            String idempotencyKey, Importer importer) {
        Caller caller = TenantContext.caller();
        UUID org = caller.organizationId();
        FileFormat format = FileFormat.ofFilename(file.getOriginalFilename());
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 255) {
            throw ApiException.badField("Idempotency-Key", "Size", "must be 1 to 255 characters");
        }
        String optionText = (dryRun ? "dryRun;" : "") + new TreeMap<>(options).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        Path spooled = spool(file);
        String sha256 = sha256Of(spooled);
        if (key != null) {
            var known = jobs.findByKey(org, kind, key);
            if (known.isPresent()) {
                delete(spooled);
                return sameRequest(known.get(), sha256, optionText);
            }
        }
        UUID id = UUID.randomUUID();
        try {
            transactions.run(() -> jobs.insert(org, id, kind, key, file.getOriginalFilename(), sha256, dryRun,
                    optionText, caller.subject()));
        } catch (DuplicateKeyException raced) {
            delete(spooled);
            return sameRequest(jobs.findByKey(org, kind, key).orElseThrow(), sha256, optionText);
        }
        ImportRun run = new ImportRun(id, spooled, format, dryRun, Map.copyOf(options), new ImportTally(
                (tally, problems) -> transactions.run(() -> jobs.progress(org, id, tally, problems))));
        Future<?> done = pool.submit(() -> TenantContext.runAs(caller, () -> execute(org, run, importer)));
        try {
            done.get(answerWithin.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // answered as running; the client polls the status
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("Import job {} crashed", id, e.getCause());
        }
        return get(kind, id);
    }

    /** Stops the pool with the application; a job cut off stays RUNNING (submit its file again). */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    public ImportJob get(String kind, UUID id) {
        return jobs.find(TenantContext.organizationId(), kind, id).map(ImportJobRepository.Stored::job)
                .orElseThrow(() -> DomainException.notFound("Import", id));
    }

    /** 200 with a finished job, 202 with one still running; Location is its status. */
    public static ResponseEntity<ImportJob> answer(ImportJob job, String basePath) {
        return ResponseEntity.status(job.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(URI.create(basePath + "/" + job.id())).body(job);
    }

    private void execute(UUID org, ImportRun run, Importer importer) {
        long started = System.nanoTime();
        String code = null;
        String detail = null;
        try {
            transactions.run(() -> jobs.started(org, run.jobId()));
            importer.run(run);
        } catch (DomainException e) {
            code = e.code();
            detail = e.getMessage();
        } catch (ApiException e) {
            code = e.code();
            detail = e.getMessage();
        } catch (RuntimeException | Error e) {
            log.error("Import job {} failed", run.jobId(), e);
            code = "import-failed";
            detail = "The import stopped on an unexpected error after " + run.tally().rows() + " rows; rows "
                    + "counted so far were applied";
        } finally {
            delete(run.file());
        }
        String failureCode = code;
        String failureDetail = detail;
        run.tally().checkpoint();
        transactions.run(() -> jobs.finished(org, run.jobId(), failureCode, failureDetail));
        log.info("Import job {} ({}) finished in {} ms: {} rows, {} created, {} updated, {} unchanged, {} rejected{}",
                run.jobId(), run.format(), (System.nanoTime() - started) / 1_000_000, run.tally().rows(),
                run.tally().created(), run.tally().updated(), run.tally().unchanged(), run.tally().rejected(),
                failureCode == null ? "" : ", failed: " + failureCode);
    }

    private static ImportJob sameRequest(ImportJobRepository.Stored known, String sha256, String options) {
        if (!known.sha256().equals(sha256) || !known.options().equals(options)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was used for another file or other options");
        }
        return known.job();
    }

    private static Path spool(MultipartFile file) {
        try {
            Path spooled = Files.createTempFile("pitlane-import-", ".upload");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, spooled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return spooled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Of(Path file) {
        try (InputStream in = Files.newInputStream(file);
             OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(),
                     MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(sink);
            return HexFormat.of().formatHex(((DigestOutputStream) sink).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the spooled import {}", file, e);
        }
    }
}
