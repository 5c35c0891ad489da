package dev.pitlane.reporting.export.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Rows of a query read through a server-side cursor: PostgreSQL sends {@link #FETCH} rows at a time when the
 * statement runs in a transaction with a fetch size, so a million-row export holds one fetch, never the result.
 * Sources call it inside the export's read-only transaction.
 */
@Component
public class CursorRows {

    static final int FETCH = 2_000;

    private final JdbcTemplate cursor;

    CursorRows(DataSource dataSource) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH);
    }

    /** Each row's columns as String (uuid, timestamp as ISO-8601), BigDecimal, Long, LocalDate or null. */
    public void stream(String sql, List<Object> args, Consumer<Object[]> each) {
        cursor.query(sql, (RowCallbackHandler) rs -> each.accept(values(rs)), args.toArray());
    }

    private static Object[] values(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Object[] values = new Object[meta.getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            Object value = rs.getObject(i + 1);
            if (value instanceof Date d) {
                value = d.toLocalDate();
            } else if (value instanceof Timestamp t) {
                value = t.toInstant().toString();
            } else if (value instanceof UUID u) {
                value = u.toString();
            } else if (value instanceof Integer n) {
                value = n.longValue();
            }
            values[i] = value;
        }
        return values;
    }
}
