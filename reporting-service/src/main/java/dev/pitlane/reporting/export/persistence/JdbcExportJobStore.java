package dev.pitlane.reporting.export.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.export.application.ExportJob;
import dev.pitlane.reporting.export.application.ExportJobStore;
import dev.pitlane.reporting.export.domain.ExportFilters;
import dev.pitlane.reporting.export.domain.ExportFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcExportJobStore implements ExportJobStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcExportJobStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void create(UUID id, String report, ExportFormat format, ExportFilters filters, String requestedBy,
                       Instant at) {
        jdbc.sql("""
                        INSERT INTO export_jobs (id, organization_id, report, format, filters, status, requested_by,
                            requested_at)
                        VALUES (:id, :org, :report, :format, CAST(:filters AS jsonb), 'QUEUED', :by, :at)""")
                .param("id", id).param("org", org()).param("report", report).param("format", format.name())
                .param("filters", json.writeValueAsString(filters)).param("by", requestedBy)
                .param("at", Timestamp.from(at)).update();
    }

    @Override
    public Optional<ExportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM export_jobs WHERE organization_id = :org AND id = :id")
                .param("org", org()).param("id", id).query((rs, i) -> job(rs)).optional();
    }

    @Override
    public Optional<String> fileKey(UUID id) {
        return jdbc.sql("SELECT file_key FROM export_jobs WHERE organization_id = :org AND id = :id")
                .param("org", org()).param("id", id).query(String.class).optional();
    }

    @Override
    public PageResponse<ExportJob> page(PageQuery page) {
        List<ExportJob> items = jdbc.sql("SELECT * FROM export_jobs WHERE organization_id = :org"
                        + page.orderBy("requested_at DESC, id") + " LIMIT :limit OFFSET :offset")
                .param("org", org()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> job(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM export_jobs WHERE organization_id = :org").param("org", org())
                .query(Long.class).single();
        return PageResponse.of(items, page, total);
    }

    @Override
    public void started(UUID id, long rowsTotal) {
        jdbc.sql("""
                        UPDATE export_jobs SET status = 'RUNNING', started_at = now(), rows_total = :total,
                            rows_written = 0, attempts = attempts + 1, error = NULL
                        WHERE organization_id = :org AND id = :id""")
                .param("total", rowsTotal).param("org", org()).param("id", id).update();
    }

    @Override
    public void progress(UUID id, long rowsWritten) {
        jdbc.sql("UPDATE export_jobs SET rows_written = :n WHERE organization_id = :org AND id = :id")
                .param("n", rowsWritten).param("org", org()).param("id", id).update();
    }

    @Override
    public void done(UUID id, String fileKey, long fileSize, long rowsWritten, Instant expiresAt) {
        jdbc.sql("""
                        UPDATE export_jobs SET status = 'DONE', finished_at = now(), file_key = :key,
                            file_size = :size, rows_written = :n, expires_at = :expires
                        WHERE organization_id = :org AND id = :id""")
                .param("key", fileKey).param("size", fileSize).param("n", rowsWritten)
                .param("expires", Timestamp.from(expiresAt)).param("org", org()).param("id", id).update();
    }

    @Override
    public void failed(UUID id, String error, boolean last) {
        jdbc.sql("""
                        UPDATE export_jobs SET status = :status, error = :error,
                            finished_at = CASE WHEN :last THEN now() END
                        WHERE organization_id = :org AND id = :id""")
                .param("status", last ? "FAILED" : "QUEUED").param("error", error).param("last", last)
                .param("org", org()).param("id", id).update();
    }

    @Override
    public void expired(UUID id) {
        jdbc.sql("UPDATE export_jobs SET status = 'EXPIRED', file_key = NULL WHERE organization_id = :org AND id = :id")
                .param("org", org()).param("id", id).update();
    }

    @Override
    public List<Expired> expiredEverywhere(int limit) {
        return jdbc.sql("SELECT organization_id, id FROM reporting_expired_exports(:limit)").param("limit", limit)
                .query((rs, i) -> new Expired(rs.getObject("organization_id", UUID.class),
                        rs.getObject("id", UUID.class))).list();
    }

    private ExportJob job(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        UUID id = rs.getObject("id", UUID.class);
        return new ExportJob(id, rs.getString("report"), ExportFormat.valueOf(rs.getString("format")),
                json.readValue(rs.getString("filters"), ExportFilters.class), status, rs.getString("requested_by"),
                instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                instant(rs, "expires_at"), (Long) rs.getObject("rows_total"), rs.getLong("rows_written"),
                rs.getInt("attempts"), (Long) rs.getObject("file_size"), rs.getString("error"),
                "DONE".equals(status) ? "/api/v1/exports/" + id + "/file" : null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static UUID org() {
        return TenantContext.organizationId();
    }
}
