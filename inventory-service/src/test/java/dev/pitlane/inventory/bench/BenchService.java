package dev.pitlane.inventory.bench;

import dev.pitlane.inventory.InventoryApplication;
import dev.pitlane.localinfra.PostgresServer;
import dev.pitlane.testsupport.Autovacuum;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestInfrastructure;
import dev.pitlane.testsupport.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** inventory-service started for a benchmark: a fresh database on the local PostgreSQL, a real broker, real JWTs. */
final class BenchService implements AutoCloseable {

    final PostgresServer.Database db;
    final ConfigurableApplicationContext context;
    final String baseUrl;
    final UUID org = UUID.randomUUID();
    final String token;
    private Autovacuum autovacuum;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    BenchService(String name, int poolSize) {
        db = TestInfrastructure.database(name);
        String slow = System.getProperty("bench.logSlowStatementsMs");
        if (slow != null) {
            try (Connection c = TestInfrastructure.postgres().admin("postgres"); Statement st = c.createStatement()) {
                st.execute("ALTER DATABASE " + db.name() + " SET log_min_duration_statement = " + Integer.parseInt(slow));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.appUser());
        props.put("spring.datasource.password", db.appPassword());
        props.put("spring.datasource.hikari.maximum-pool-size", poolSize);
        props.put("spring.flyway.user", db.ownerUser());
        props.put("spring.flyway.password", db.ownerPassword());
        props.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        props.put("pitlane.security.issuer-uri", TestTokens.issuer().issuerUri());
        props.put("pitlane.security.jwk-set-uri", TestTokens.issuer().jwkSetUri());
        props.put("server.port", 0);
        props.put("logging.level.root", "WARN");
        props.put("management.tracing.sampling.probability", 0.0);
        context = new SpringApplicationBuilder(InventoryApplication.class)
                .initializers(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("benchmark", props)))
                .run();
        baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        token = TestTokens.issuer().user(org).permissions("item:read", "item:write", "location:read",
                "location:write", "stock:read", "stock:post", "stock:adjust", "stock:reserve", "valuation:read")
                .expiresAt(java.time.Instant.now().plus(Duration.ofHours(2))).mint();
    }

    Connection owner() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
    }

    void sql(String sql) {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql.length() > 300 ? sql.substring(0, 300) + "..." : sql, e);
        }
    }

    /** Does autovacuum's work every 10 s from now on (this machine's server has it off): {@link Autovacuum}. */
    void autovacuumEvery10s() {
        autovacuum = Autovacuum.every(Duration.ofSeconds(10), List.of(this::owner));
    }

    /**
     * Waits until the relay has published every outbox row, so that one phase's backlog does not run in the next
     * phase's time, then checkpoints: each phase starts as far from the server's next checkpoint as the one before
     * (on this machine's settings a checkpoint comes every 540 MB of WAL, a minute or two of postings, and its
     * full-page writes cost the phase it falls in).
     */
    void settle() {
        awaitOutboxDrained();
        try (Connection c = TestInfrastructure.postgres().admin("postgres"); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitOutboxDrained() {
        Await.until("the outbox relay to catch up", Duration.ofMinutes(2), Duration.ofMillis(100),
                () -> number("SELECT count(*) FROM outbox_events"), pending -> pending == 0);
    }

    /** The server's WAL position, in bytes. */
    long walBytes() {
        return number("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn");
    }

    /** A query's single number, read as the owner. */
    private long number(String query) {
        try (Connection c = owner(); Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (autovacuum != null) {
            autovacuum.close();
        }
        context.close();
    }
}
