package dev.pitlane.testsupport;

import dev.pitlane.localinfra.KafkaBroker;
import dev.pitlane.localinfra.PostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, whichever way this machine can have them:
 * <ol>
 *   <li>{@code PITLANE_TEST_KAFKA_BOOTSTRAP} names a broker already running for the whole test run (CI starts
 *       one, so every module shares it);</li>
 *   <li>Testcontainers when a Docker engine answers;</li>
 *   <li>otherwise the local PostgreSQL on 127.0.0.1:5432 (embedded binaries if none answers) and a KRaft broker
 *       started from the Kafka artifact as a child process.</li>
 * </ol>
 * Each test run gets fresh databases, dropped when the JVM exits.
 */
public final class TestInfrastructure {

    private static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, PostgresServer.Database> DATABASES = new ConcurrentHashMap<>();
    private static volatile PostgresServer postgres;
    private static volatile KafkaBroker localBroker;
    private static volatile String kafkaBootstrap;

    private TestInfrastructure() {
    }

    /** A fresh database for {@code purpose} (usually the service name), the same one for the rest of this JVM. */
    public static PostgresServer.Database database(String purpose) {
        return DATABASES.computeIfAbsent(purpose, p -> {
            String name = ("t_" + p + "_" + RUN_ID).toLowerCase().replaceAll("[^a-z0-9_]", "_");
            return postgres().createDatabase(name, true);
        });
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            if (dockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
                container.start();
                postgres = PostgresServer.at(container.getHost(), container.getMappedPort(5432),
                        container.getUsername(), container.getPassword());
            } else {
                postgres = PostgresServer.localOrEmbedded(tempDir("pg"));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::dropDatabases, "drop-test-dbs"));
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            String shared = System.getenv("PITLANE_TEST_KAFKA_BOOTSTRAP");
            if (shared != null && !shared.isBlank()) {
                kafkaBootstrap = shared;
            } else if (dockerAvailable()) {
                KafkaContainer container = new KafkaContainer("apache/kafka-native:4.1.0");
                container.start();
                kafkaBootstrap = container.getBootstrapServers();
            } else {
                localBroker = KafkaBroker.create(tempDir("kafka"), KafkaBroker.currentClasspath(), 0)
                        .start(Duration.ofSeconds(90));
                Runtime.getRuntime().addShutdownHook(new Thread(localBroker::stop, "stop-test-kafka"));
                kafkaBootstrap = localBroker.bootstrapServers();
            }
        }
        return kafkaBootstrap;
    }

    /**
     * The broker this JVM started, for tests that stop and restart it; empty when the broker is shared or in a
     * container.
     */
    public static java.util.Optional<KafkaBroker> localKafkaBroker() {
        kafkaBootstrapServers();
        return java.util.Optional.ofNullable(localBroker);
    }

    private static void dropDatabases() {
        if (Boolean.parseBoolean(System.getenv().getOrDefault("PITLANE_TEST_KEEP_DATABASES", "false"))) {
            return;
        }
        DATABASES.values().forEach(db -> {
            try {
                postgres.dropDatabase(db.name());
            } catch (RuntimeException ignored) {
                // best effort: the server may already be gone at JVM exit
            }
        });
    }

    private static boolean dockerAvailable() {
        boolean hinted = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!hinted) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory("pitlane-" + prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
