package dev.pitlane.platform.persistence;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Several statements sent to PostgreSQL in one round trip: the driver sends the parts of a multi-statement prepared
 * statement together, and the server runs them in order, each with a snapshot taken when it starts (so a statement
 * sees what a lock taken by the one before it waited for). A round trip costs both ends far more CPU than a small
 * statement does; this is how a request keeps its count low.
 */
public final class OneRoundTrip {

    /** Reads one row of a statement's result. */
    @FunctionalInterface
    public interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private final List<String> statements = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final List<Rows> readers = new ArrayList<>();

    /** A statement whose result, if any, is not needed. */
    public OneRoundTrip statement(String sql, List<?> params) {
        return query(sql, params, null);
    }

    /** A statement whose rows {@code rows} reads, in order. */
    public OneRoundTrip query(String sql, List<?> params, Rows rows) {
        statements.add(sql);
        parameters.addAll(params);
        readers.add(rows);
        return this;
    }

    /** Sets {@code values} from index {@code first} on: the driver's type for each, an untyped NULL for null. */
    static void bind(PreparedStatement ps, int first, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                ps.setNull(first + i, Types.NULL);
            } else {
                ps.setObject(first + i, value);
            }
        }
    }

    /**
     * Holds these statements for the current transaction's next round trip: the next {@link #run} in it sends them
     * first, ahead of its own, so statements a transaction must start with but needs the results of only later (a
     * lock and a look-up) cost no round trip of their own. {@link Deferred#sendIfPending} sends them alone when no
     * round trip came first.
     */
    public Deferred deferToNextRoundTrip() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalTransactionStateException("Deferred statements need the transaction they belong to");
        }
        Deferred deferred = new Deferred(this);
        TransactionSynchronizationManager.registerSynchronization(deferred);
        return deferred;
    }

    /** Statements held for a transaction's next round trip. */
    public static final class Deferred implements TransactionSynchronization {

        private enum State { PENDING, TAKEN, SENT }

        private final OneRoundTrip trip;
        private State state = State.PENDING;

        private Deferred(OneRoundTrip trip) {
            this.trip = trip;
        }

        /** Whether the statements ran and their rows were read (false also when the round trip they went in failed). */
        public boolean sent() {
            return state == State.SENT;
        }

        /**
         * Sends the statements alone unless a round trip took them already.
         *
         * @throws IllegalStateException when the round trip that took them failed: their rows were never read
         */
        public void sendIfPending(JdbcTemplate jdbc) {
            if (state == State.TAKEN) {
                throw new IllegalStateException("The round trip the deferred statements went with failed");
            }
            if (state == State.PENDING) {
                state = State.TAKEN;
                trip.send(jdbc);
                state = State.SENT;
            }
        }

        /** Synchronizations are suspended with their transaction: a nested REQUIRES_NEW one does not see these. */
        private static Deferred take() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return null;
            }
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof Deferred d && d.state == State.PENDING) {
                    d.state = State.TAKEN;
                    return d;
                }
            }
            return null;
        }
    }

    /**
     * Sends every statement, after any the transaction deferred to it ({@link #deferToNextRoundTrip}); a failing one
     * fails the whole call (and, as always, its transaction).
     */
    public void run(JdbcTemplate jdbc) {
        Deferred deferred = Deferred.take();
        if (deferred == null) {
            send(jdbc);
            return;
        }
        OneRoundTrip both = new OneRoundTrip();
        both.append(deferred.trip);
        both.append(this);
        both.send(jdbc);
        deferred.state = Deferred.State.SENT;
    }

    private void append(OneRoundTrip other) {
        statements.addAll(other.statements);
        parameters.addAll(other.parameters);
        readers.addAll(other.readers);
    }

    private void send(JdbcTemplate jdbc) {
        if (statements.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(String.join(";\n", statements))) {
                bind(ps, 1, parameters);
                boolean resultSet = ps.execute();
                for (Rows reader : readers) {
                    if (resultSet && reader != null) {
                        try (ResultSet rs = ps.getResultSet()) {
                            while (rs.next()) {
                                reader.row(rs);
                            }
                        }
                    }
                    resultSet = ps.getMoreResults();
                }
            }
            return null;
        });
    }
}
