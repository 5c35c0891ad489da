package dev.pitlane.platform.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The running counts of one import: every data row is counted once, as created, updated, unchanged or rejected.
 * Rejections wait here until the next {@link #checkpoint()}, which hands them and the counts to the job's row.
 */
public final class ImportTally {

    /** Receives the progress at each checkpoint (the job stores it). */
    public interface Progress {
        void save(ImportTally tally, List<RowProblem> newProblems);
    }

    private final Progress progress;
    private int rows;
    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private final List<RowProblem> pending = new ArrayList<>();

    public ImportTally(Progress progress) {
        this.progress = progress;
    }

    public void count(ImportOutcome outcome) {
        rows++;
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    /** A row that changed nothing, with every reason. */
    public void reject(List<RowProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs a reason");
        }
        rows++;
        rejected++;
        pending.addAll(problems);
    }

    public void reject(int line, String column, String reason) {
        reject(List.of(new RowProblem(line, column, reason)));
    }

    /** Stores the counts so far and the rejections since the last checkpoint. Call it between transactions. */
    public void checkpoint() {
        List<RowProblem> fresh = List.copyOf(pending);
        pending.clear();
        progress.save(this, fresh);
    }

    public int rows() {
        return rows;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int rejected() {
        return rejected;
    }
}
