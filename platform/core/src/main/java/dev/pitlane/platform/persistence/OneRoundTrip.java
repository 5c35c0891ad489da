package dev.pitlane.platform.persistence;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

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
    private static void bind(PreparedStatement ps, int first, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                ps.setNull(first + i, Types.NULL);
            } else {
                ps.setObject(first + i, value);
            }
        }
    }

    /** Sends every statement; a failing one fails the whole call (and, as always, its transaction). */
    public void run(JdbcTemplate jdbc) {
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
