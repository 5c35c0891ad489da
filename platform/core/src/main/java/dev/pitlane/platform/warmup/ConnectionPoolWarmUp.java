package dev.pitlane.platform.warmup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens every connection of the pool before the first request does: a new PostgreSQL connection (a backend
 * process, authentication, the session's settings) costs tens of milliseconds, which a cold service under load
 * would otherwise pay while its callers wait.
 */
final class ConnectionPoolWarmUp implements WarmUp {

    private final DataSource dataSource;
    private final int poolSize;

    ConnectionPoolWarmUp(DataSource dataSource, int poolSize) {
        this.dataSource = dataSource;
        this.poolSize = poolSize;
    }

    @Override
    public void run() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                connection.isValid(1);
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
