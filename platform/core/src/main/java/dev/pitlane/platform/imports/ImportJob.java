package dev.pitlane.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its client follows it. {@code status}: QUEUED, RUNNING, SUCCEEDED (every row counted: created +
 * updated + unchanged + rejected = rows) or FAILED (the file as a whole was refused: {@code failureCode}).
 * {@code rejectedRows} lists every reason of every rejected row, by line, up to {@link ImportJobs#MAX_PROBLEMS_SHOWN}
 * ({@code rejectedRowsTruncated} says when there are more).
 */
public record ImportJob(UUID id, String kind, String status, boolean dryRun, String fileName, int rows, int created,
                        int updated, int unchanged, int rejected, List<RowProblem> rejectedRows,
                        boolean rejectedRowsTruncated, String failureCode, String failureDetail, String submittedBy,
                        Instant createdAt, Instant startedAt, Instant finishedAt) {

    public boolean finished() {
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }
}
