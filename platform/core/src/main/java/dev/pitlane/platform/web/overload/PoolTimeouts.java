package dev.pitlane.platform.web.overload;

import java.sql.SQLTransientConnectionException;

/**
 * Recognises "no pooled connection within the pool's connection timeout", however Spring wrapped it
 * ({@code CannotGetJdbcConnectionException}, {@code CannotCreateTransactionException}, Hibernate's
 * {@code JDBCConnectionException}): HikariCP always raises it as an {@link SQLTransientConnectionException}.
 */
final class PoolTimeouts {

    private PoolTimeouts() {
    }

    static boolean causedBy(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
