package dev.pitlane.customer.bench;

import dev.pitlane.customer.CustomerServiceApplication;
import dev.pitlane.devstack.ServiceSpec;
import dev.pitlane.devstack.Suite;
import dev.pitlane.localinfra.PostgresServer;
import dev.pitlane.testsupport.PitlaneTestInitializer;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestInfrastructure;
import dev.pitlane.testsupport.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The three places {@link CustomerBenchmark} can send its requests to. */
final class BenchTargets {

    private static final UUID BENCH_ORG = UUID.fromString("7e57da7a-0000-4000-8000-0000000000be");
    private static final String BENCH_ADMIN = "admin@bench-motors.example";
    private static final String BENCH_PASSWORD = "Bench-passw0rd!";

    private BenchTargets() {
    }

    /**
     * The service in this JVM on database {@code customer_bench}, kept between runs so the 2.5 million rows are
     * generated once ({@code -Dfresh=true} starts over, e.g. after a migration changed); tokens minted here.
     */
    static Target inThisJvm() {
        PostgresServer.Database db = TestInfrastructure.postgres().createDatabase("customer_bench",
                Boolean.getBoolean("fresh"));
        // command-line arguments, so they win over application.yml
        ConfigurableApplicationContext service = new SpringApplicationBuilder(CustomerServiceApplication.class)
                .initializers(new PitlaneTestInitializer())
                .run("--server.port=0", "--pitlane.test.database=false", "--spring.datasource.url=" + db.jdbcUrl(),
                        "--spring.datasource.username=" + db.appUser(),
                        "--spring.datasource.password=" + db.appPassword(),
                        "--spring.flyway.user=" + db.ownerUser(), "--spring.flyway.password=" + db.ownerPassword(),
                        "--spring.data.redis.host=127.0.0.1", "--logging.level.root=WARN",
                        "--logging.structured.format.console=", "--spring.datasource.hikari.maximum-pool-size=16");
        String baseUrl = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
        String description = "customer-service in this JVM at " + baseUrl + " on " + db.jdbcUrl();
        return new Target(description, baseUrl, BENCH_ORG, true,
                () -> TestTokens.issuer().user(BENCH_ORG).permissions("customer:read", "customer:write",
                        "customer:import", "vehicle:read", "vehicle:write").mint(),
                () -> TestInfrastructure.postgres().admin(db.name()), service::close);
    }

    /** A suite already running: {@code -DbaseUrl}, {@code -Dtoken}, {@code -DadminJdbcUrl} (with user and password). */
    static Target given() {
        String baseUrl = System.getProperty("baseUrl");
        String token = System.getProperty("token");
        String adminJdbcUrl = System.getProperty("adminJdbcUrl");
        if (token == null || adminJdbcUrl == null && !"false".equals(System.getProperty("generate"))) {
            throw new IllegalArgumentException("-DbaseUrl needs -Dtoken, and -DadminJdbcUrl unless -Dgenerate=false");
        }
        return new Target(baseUrl, baseUrl, organizationOf(token), false, () -> token,
                () -> DriverManager.getConnection(adminJdbcUrl), () -> { });
    }

    /**
     * The whole suite as devstack runs it, at {@code -DportOffset} (20000) so it runs beside a devstack and the e2e
     * tests, and with databases of its own, kept between runs unless {@code -Dfresh=true}. Every request goes through
     * the gateway, as organization "Bench Motors"'s administrator. The gateway's limits are what a dealer group's
     * frontend would get, except the rate limits (a benchmark is one client sending hundreds of requests a second);
     * the gateway's own limits for customer-service fit an import of 100,000 rows (about 15 MB).
     */
    static Target suite() {
        int offset = Integer.getInteger("portOffset", 20_000);
        Path root = Suite.repositoryRoot();
        Suite.Builder builder = Suite.builder(root).workDir(root.resolve("customer-service/target/bench-suite"))
                .portOffset(offset).kafkaPort(0).demoData(false).freshData(Boolean.getBoolean("fresh"))
                .readinessTimeout(Duration.ofSeconds(300))
                .jvmOptions(List.of("-Xms256m", "-Xmx1g", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"))
                .env("customer-service", "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "16");
        for (String limit : List.of("CLIENT", "ORGANIZATION", "LOGIN")) {
            builder.env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_" + limit + "_REPLENISH_RATE", "1000000")
                    .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_" + limit + "_BURST", "1000000");
        }
        System.out.printf("starting the suite at port offset %d (logs in %s)%n", offset,
                root.resolve("customer-service/target/bench-suite/logs"));
        Suite suite = builder.build().start();
        try {
            TestHttp gateway = TestHttp.at(suite.gatewayUrl());
            String platformAdmin = login(gateway, Suite.SUPER_ADMIN, Suite.DEMO_PASSWORD);
            var created = gateway.withToken(platformAdmin).post("/api/v1/organizations", """
                    {"name":"Bench Motors",
                     "admin":{"email":"%s","firstName":"Bench","lastName":"Admin","password":"%s"}}"""
                    .formatted(BENCH_ADMIN, BENCH_PASSWORD));
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Could not create the bench organization: " + created);
            }
            UUID org = organizationOf(login(gateway, BENCH_ADMIN, BENCH_PASSWORD));
            // devstack names a suite's database after its port offset, so it never touches another suite's
            String database = ServiceSpec.SUITE.stream().filter(s -> s.name().equals("customer-service")).findFirst()
                    .orElseThrow().databaseName() + (offset == 0 ? "" : "_" + offset);
            return new Target("through the gateway at " + suite.gatewayUrl() + " (suite at port offset " + offset
                    + ", database " + database + ")", suite.gatewayUrl(), org, true,
                    () -> login(gateway, BENCH_ADMIN, BENCH_PASSWORD), () -> suite.postgres().admin(database),
                    suite::close);
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private static String login(TestHttp gateway, String email, String password) {
        var r = gateway.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("Login of " + email + " failed: " + r);
        }
        return r.json("$.accessToken");
    }

    private static UUID organizationOf(String token) {
        Object org = TestTokens.claimsOf(token).get("org_id");
        if (org == null) {
            throw new IllegalArgumentException("The token names no organization (org_id)");
        }
        return UUID.fromString(org.toString());
    }


    interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * Where the requests go, and the database behind them as its administrator (row-level security off).
     * {@code dedicated}: the organization exists for the benchmark, whose rows it may delete.
     */
    record Target(String description, String baseUrl, UUID organization, boolean dedicated, Supplier<String> tokens,
                  Connections connections, Runnable stop) implements AutoCloseable {

        /** A fresh access token of a user of the organization who may search, write and import customers. */
        String token() {
            return tokens.get();
        }

        Connection adminConnection() throws SQLException {
            return connections.open();
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
