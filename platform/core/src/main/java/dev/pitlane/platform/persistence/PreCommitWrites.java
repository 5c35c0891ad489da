package dev.pitlane.platform.persistence;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inserts nothing in the transaction reads back, such as outbox rows and stored idempotent responses: they are held
 * until the transaction is about to commit and then sent together, in one round trip. A transaction
 * that rolls back never sends them. Every instance shares the transaction's one batch, so the outbox and the
 * idempotency store end up in the same round trip.
 *
 * <p>Only for writes the transaction does not read again: a query in the same transaction does not see them.
 */
public class PreCommitWrites {

    private final JdbcTemplate jdbc;

    public PreCommitWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets a held statement's parameters, its first one at {@code firstIndex} of the combined statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps, int firstIndex) throws SQLException;
    }

    /** Holds {@code sql} (one statement, {@code ?} parameters) until the current transaction commits. */
    public void add(String sql, Object... args) {
        List<Object> values = Arrays.asList(args.clone());
        add(sql, (ps, first) -> OneRoundTrip.bind(ps, first, values), values.size());
    }

    /** Holds {@code sql} with {@code parameterCount} parameters that {@code binder} sets, typed as it likes. */
    public void add(String sql, Binder binder, int parameterCount) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("A pre-commit write needs the transaction it belongs to");
        }
        batch().statements.add(new Statement(sql, binder, parameterCount));
    }

    /** Synchronizations are suspended with their transaction, so a nested REQUIRES_NEW transaction gets its own. */
    private Batch batch() {
        Batch held = held();
        if (held != null) {
            return held;
        }
        Batch batch = new Batch(jdbc);
        TransactionSynchronizationManager.registerSynchronization(batch);
        return batch;
    }

    private static Batch held() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Batch batch) {
                return batch;
            }
        }
        return null;
    }

    private record Statement(String sql, Binder binder, int parameterCount) {
    }

    private static final class Batch implements TransactionSynchronization {

        private final JdbcTemplate jdbc;
        private final List<Statement> statements = new ArrayList<>();

        Batch(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public int getOrder() {
            // after every other synchronization's beforeCommit, which may still add writes
            return LOWEST_PRECEDENCE;
        }

        /** Sent here, as the last thing before the transaction commits. */
        @Override
        public void beforeCommit(boolean readOnly) {
            if (statements.isEmpty()) {
                return;
            }
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                send(connection, null);
                return null;
            });
        }

        void send(Connection connection, String last) throws SQLException {
            List<Statement> held = List.copyOf(statements);
            statements.clear();
            StringBuilder sql = new StringBuilder();
            for (Statement s : held) {
                sql.append(sql.isEmpty() ? "" : ";\n").append(s.sql());
            }
            if (last != null) {
                sql.append(";\n").append(last);
            }
            // PostgreSQL's driver sends the statements of one prepared statement as one batch of messages
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                int first = 1;
                for (Statement s : held) {
                    s.binder().bind(ps, first);
                    first += s.parameterCount();
                }
                ps.execute();
            }
        }
    }
}
