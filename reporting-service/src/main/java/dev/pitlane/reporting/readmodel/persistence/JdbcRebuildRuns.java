package dev.pitlane.reporting.readmodel.persistence;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.reporting.readmodel.application.RebuildRun;
import dev.pitlane.reporting.readmodel.application.RebuildRuns;
import dev.pitlane.reporting.readmodel.domain.ReadModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcRebuildRuns implements RebuildRuns {

    /** A run still RUNNING after this long died with its process (a restart mid-replay); it no longer blocks. */
    private static final String ABANDONED_AFTER = "1 hour";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcRebuildRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RebuildRun start(ReadModel model, String requestedBy) {
        UUID org = TenantContext.organizationId();
        jdbc.sql("UPDATE model_rebuilds SET status = 'FAILED', finished_at = now(), error = 'abandoned' "
                        + "WHERE organization_id = :org AND model = :model AND status = 'RUNNING' "
                        + "AND started_at < now() - interval '" + ABANDONED_AFTER + "'")
                .param("org", org).param("model", model.id()).update();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO model_rebuilds (id, organization_id, model, status, requested_by, started_at)
                            VALUES (:id, :org, :model, 'RUNNING', :by, :at)""")
                    .param("id", id).param("org", org).param("model", model.id()).param("by", requestedBy)
                    .param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("rebuild-running", "A rebuild of " + model.id() + " is running already");
        }
        return find(id).orElseThrow();
    }

    @Override
    public void finish(UUID id, long eventsApplied) {
        jdbc.sql("""
                        UPDATE model_rebuilds SET status = 'DONE', finished_at = now(), events_applied = :n
                        WHERE organization_id = :org AND id = :id""")
                .param("n", eventsApplied).param("org", TenantContext.organizationId()).param("id", id).update();
    }

    @Override
    public void fail(UUID id, long eventsApplied, String error) {
        jdbc.sql("""
                        UPDATE model_rebuilds SET status = 'FAILED', finished_at = now(), events_applied = :n,
                            error = :error
                        WHERE organization_id = :org AND id = :id""")
                .param("n", eventsApplied).param("error", error).param("org", TenantContext.organizationId())
                .param("id", id).update();
    }

    @Override
    public Optional<RebuildRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM model_rebuilds WHERE organization_id = :org AND id = :id")
                .param("org", TenantContext.organizationId()).param("id", id)
                .query((rs, i) -> run(rs)).optional();
    }

    @Override
    public List<UUID> organizations() {
        return jdbc.sql("SELECT * FROM reporting_organizations()").query(UUID.class).list();
    }

    private static RebuildRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RebuildRun(rs.getObject("id", UUID.class), rs.getString("model"), rs.getString("status"),
                rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getLong("events_applied"), rs.getString("error"));
    }
}
