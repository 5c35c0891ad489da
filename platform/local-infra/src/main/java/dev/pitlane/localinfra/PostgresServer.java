package dev.pitlane.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server on this machine: the one that answers on {@code PITLANE_PG_HOST:PITLANE_PG_PORT}
 * (127.0.0.1:5432 by default), or embedded PostgreSQL binaries when none answers.
 *
 * <p>It hands out databases the way production has them: owned by a migration role, used by an application
 * role that does not own the tables and so cannot bypass row-level security.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String OWNER_ROLE = "pitlane_owner";
    public static final String APP_ROLE = "pitlane_app";
    public static final String PASSWORD = "pitlane";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String adminUser, String adminPassword, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.embedded = embedded;
    }

    /** A server somewhere else (a container, a shared CI database) reached with a superuser's credentials. */
    public static PostgresServer at(String host, int port, String adminUser, String adminPassword) {
        return new PostgresServer(host, port, adminUser, adminPassword, null);
    }

    /** The local server if one answers, otherwise embedded binaries whose data lives under {@code dataDir}. */
    public static PostgresServer localOrEmbedded(Path dataDir) {
        String host = env("PITLANE_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("PITLANE_PG_PORT", "5432"));
        if (answers(host, port)) {
            return new PostgresServer(host, port, env("PITLANE_PG_ADMIN_USER", "postgres"),
                    env("PITLANE_PG_ADMIN_PASSWORD", PASSWORD), null);
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", PASSWORD, pg);
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL answers on " + host + ":" + port
                    + " and embedded PostgreSQL could not start", e);
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * Creates (or, with {@code recreate}, drops and creates) a database owned by {@link #OWNER_ROLE}, usable by
     * {@link #APP_ROLE}. Both roles are created when missing; neither is a superuser nor may bypass RLS.
     */
    public Database createDatabase(String name, boolean recreate) {
        String db = name.toLowerCase(Locale.ROOT).replace('-', '_');
        if (!SAFE_NAME.matcher(db).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            ensureRole(s, OWNER_ROLE);
            ensureRole(s, APP_ROLE);
            boolean exists;
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                exists = rs.next();
            }
            if (exists && recreate) {
                s.execute("DROP DATABASE " + db + " WITH (FORCE)");
                exists = false;
            }
            if (!exists) {
                s.execute("CREATE DATABASE " + db + " OWNER " + OWNER_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + db, e);
        }
        try (Connection c = admin(db); Statement s = c.createStatement()) {
            // Extensions need a superuser; the services' migrations then only use them.
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            s.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
            s.execute("GRANT CONNECT ON DATABASE " + db + " TO " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + db, e);
        }
        return new Database(db, jdbcUrl(db), OWNER_ROLE, PASSWORD, APP_ROLE, PASSWORD);
    }

    public void dropDatabase(String name) {
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name, e);
        }
    }

    public Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    private static void ensureRole(Statement s, String role) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (rs.next()) {
                return;
            }
        }
        try {
            s.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '"
                    + PASSWORD + "'");
        } catch (SQLException raced) {
            // another test JVM created it between our check and our create
            if (!"42710".equals(raced.getSQLState())) {
                throw raced;
            }
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Connection settings of one database: the owner runs migrations, the application role runs the service. */
    public record Database(String name, String jdbcUrl, String ownerUser, String ownerPassword,
                           String appUser, String appPassword) {
    }
}
