package dev.pitlane.platform.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The job rows; every query names the organization (row-level security stands behind it). */
class ImportJobRepository {

    record Stored(ImportJob job, String sha256, String options) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobRepository(JdbcTemplate template) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
    }

    void insert(UUID org, UUID id, String kind, String key, String fileName, String sha256, boolean dryRun,
                String options, String submittedBy) {
        jdbc.sql("""
                        INSERT INTO import_jobs (id, organization_id, kind, idempotency_key, file_name, file_sha256,
                            dry_run, options, status, submitted_by)
                        VALUES (:id, :org, :kind, :key, :file, :sha, :dry, :options, 'QUEUED', :by)""")
                .param("id", id).param("org", org).param("kind", kind).param("key", key).param("file", fileName)
                .param("sha", sha256).param("dry", dryRun).param("options", options).param("by", submittedBy)
                .update();
    }

    Optional<Stored> findByKey(UUID org, String kind, String key) {
        return jdbc.sql("SELECT id FROM import_jobs WHERE organization_id = :org AND kind = :kind "
                        + "AND idempotency_key = :key")
                .param("org", org).param("kind", kind).param("key", key).query(UUID.class).optional()
                .flatMap(id -> find(org, kind, id));
    }

    Optional<Stored> find(UUID org, String kind, UUID id) {
        return jdbc.sql("SELECT * FROM import_jobs WHERE organization_id = :org AND kind = :kind AND id = :id")
                .param("org", org).param("kind", kind).param("id", id)
                .query((rs, i) -> {
                    int rejected = rs.getInt("rejected");
                    List<RowProblem> problems = problems(org, id);
                    return new Stored(new ImportJob(id, kind, rs.getString("status"), rs.getBoolean("dry_run"),
                            rs.getString("file_name"), rs.getInt("rows_read"), rs.getInt("created"),
                            rs.getInt("updated"), rs.getInt("unchanged"), rejected, problems,
                            problems.size() >= ImportJobs.MAX_PROBLEMS_SHOWN, rs.getString("failure_code"),
                            rs.getString("failure_detail"), rs.getString("submitted_by"),
                            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                            instant(rs.getTimestamp("finished_at"))),
                            rs.getString("file_sha256"), rs.getString("options"));
                })
                .optional();
    }

    private List<RowProblem> problems(UUID org, UUID id) {
        return jdbc.sql("""
                        SELECT line, column_name, reason FROM import_job_problems
                        WHERE organization_id = :org AND job_id = :id ORDER BY line, ctid LIMIT :limit""")
                .param("org", org).param("id", id).param("limit", ImportJobs.MAX_PROBLEMS_SHOWN)
                .query((rs, i) -> new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    void started(UUID org, UUID id) {
        jdbc.sql("UPDATE import_jobs SET status = 'RUNNING', started_at = now() WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).update();
    }

    void progress(UUID org, UUID id, ImportTally tally, List<RowProblem> problems) {
        jdbc.sql("""
                        UPDATE import_jobs SET rows_read = :rows, created = :created, updated = :updated,
                            unchanged = :unchanged, rejected = :rejected
                        WHERE organization_id = :org AND id = :id""")
                .param("org", org).param("id", id).param("rows", tally.rows()).param("created", tally.created())
                .param("updated", tally.updated()).param("unchanged", tally.unchanged())
                .param("rejected", tally.rejected()).update();
        if (!problems.isEmpty()) {
            template.batchUpdate("""
                            INSERT INTO import_job_problems (organization_id, job_id, line, column_name, reason)
                            VALUES (?, ?, ?, ?, ?)""", problems, 1000, (ps, p) -> {
                ps.setObject(1, org);
                ps.setObject(2, id);
                ps.setInt(3, p.line());
                ps.setString(4, p.column());
                ps.setString(5, p.reason());
            });
        }
    }

    void finished(UUID org, UUID id, String failureCode, String failureDetail) {
        jdbc.sql("""
                        UPDATE import_jobs SET status = :status, failure_code = :code, failure_detail = :detail,
                            finished_at = now()
                        WHERE organization_id = :org AND id = :id""")
                .param("org", org).param("id", id).param("status", failureCode == null ? "SUCCEEDED" : "FAILED")
                .param("code", failureCode).param("detail", failureDetail).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
