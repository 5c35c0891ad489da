package dev.pitlane.auth.throttle.persistence;

import dev.pitlane.auth.throttle.application.AttemptCounters;
import dev.pitlane.auth.throttle.domain.AttemptCounter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

@Repository
class AttemptCounterRepository implements AttemptCounters {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AttemptCounterRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        // a failure is counted even when the sign-in around it answers with an error
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<Instant> lockedUntil(Collection<String> keys, Instant now) {
        return jdbc.sql("SELECT max(locked_until) FROM login_throttle WHERE key IN (:keys) AND locked_until > :now")
                .param("keys", List.copyOf(keys)).param("now", Timestamp.from(now))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    @Override
    public Change update(String key, Instant now, UnaryOperator<AttemptCounter> change) {
        return ownTransaction.execute(status -> {
            jdbc.sql("""
                            INSERT INTO login_throttle (key, failures, window_started_at) VALUES (:key, 0, :now)
                            ON CONFLICT (key) DO NOTHING""")
                    .param("key", key).param("now", Timestamp.from(now)).update();
            AttemptCounter before = jdbc.sql("""
                            SELECT failures, window_started_at, locked_until FROM login_throttle
                            WHERE key = :key FOR UPDATE""")
                    .param("key", key)
                    .query((rs, i) -> counter(rs))
                    .single();
            AttemptCounter after = change.apply(before);
            jdbc.sql("""
                            UPDATE login_throttle SET failures = :failures, window_started_at = :start,
                                   locked_until = :locked WHERE key = :key""")
                    .param("failures", after.failures())
                    .param("start", Timestamp.from(after.windowStartedAt()))
                    .param("locked", after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()))
                    .param("key", key)
                    .update();
            return new Change(before, after);
        });
    }

    @Override
    public boolean remove(String key) {
        return jdbc.sql("DELETE FROM login_throttle WHERE key = :key").param("key", key).update() > 0;
    }

    @Override
    public List<Counted> list(String prefix, int limit) {
        return jdbc.sql("""
                        SELECT key, failures, window_started_at, locked_until FROM login_throttle
                        WHERE starts_with(key, :prefix) ORDER BY window_started_at DESC LIMIT :limit""")
                .param("prefix", prefix).param("limit", limit)
                .query((rs, i) -> new Counted(rs.getString(1), counter(rs)))
                .list();
    }

    private static AttemptCounter counter(ResultSet rs) throws SQLException {
        return new AttemptCounter(rs.getInt("failures"), rs.getTimestamp("window_started_at").toInstant(),
                rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant());
    }

    @Override
    public int purge(Instant now, Duration idle) {
        return jdbc.sql("""
                        DELETE FROM login_throttle WHERE (locked_until IS NULL OR locked_until < :now)
                        AND window_started_at < :idleSince""")
                .param("now", Timestamp.from(now)).param("idleSince", Timestamp.from(now.minus(idle)))
                .update();
    }
}
