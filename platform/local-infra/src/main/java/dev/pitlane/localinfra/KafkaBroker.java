package dev.pitlane.localinfra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka KRaft broker (broker and controller in one process), started from the Kafka
 * artifact on Maven Central as a child JVM. It can be stopped and started again on the same port and data,
 * which is how tests take the broker away in the middle of a flow.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "cGl0bGFuZS1kZXZzdGFjaw";

    private final Path dataDir;
    private final String classpath;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private Process process;

    private KafkaBroker(Path dataDir, String classpath, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.classpath = classpath;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logFile = dataDir.resolve("broker.log");
    }

    /**
     * @param classpath a classpath that holds {@code org.apache.kafka:kafka_2.13} and its dependencies
     * @param port      the client port, or 0 for a free one
     */
    public static KafkaBroker create(Path dataDir, String classpath, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int clientPort = port == 0 ? freePort() : port;
        // a port just closed may be handed out again at once: the controller must not get the client's
        int controllerPort = freePort();
        while (controllerPort == clientPort) {
            controllerPort = freePort();
        }
        return new KafkaBroker(dataDir, classpath, clientPort, controllerPort);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized KafkaBroker start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("data").resolve("meta.properties"))) {
                format(config);
            }
            process = java("kafka.Kafka", config.toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            awaitListening(timeout);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start; see " + logFile, e);
        }
    }

    /** Stops the broker the way an operator would (SIGTERM, controlled shutdown); data stays. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path config) throws IOException {
        Process format = java("kafka.tools.StorageTool", "format", "-t", CLUSTER_ID, "-c", config.toString(),
                "--ignore-formatted")
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IOException("Formatting Kafka storage failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while formatting Kafka storage", e);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms128m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Dlog4j2.level=WARN", "-Dlogback.configurationFile="
                        + logbackConfig(), "-Dlog4j2.configurationFile=" + log4jConfig(),
                "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).directory(dataDir.toFile());
    }

    private Path writeConfig() throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("data").toString());
        p.setProperty("num.partitions", "3");
        // Topics are declared by the services that use them; a typo must not silently create a new topic.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.flush.interval.messages", "9223372036854775807");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("background.threads", "2");
        Path file = dataDir.resolve("server.properties");
        try (var out = Files.newOutputStream(file)) {
            p.store(out, "Pitlane single-node KRaft broker");
        }
        return file;
    }

    private String logbackConfig() {
        Path file = dataDir.resolve("logback-broker.xml");
        writeIfAbsent(file, "<configuration><appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                + "<encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder></appender>"
                + "<root level=\"WARN\"><appender-ref ref=\"OUT\"/></root></configuration>");
        return file.toString();
    }

    private String log4jConfig() {
        Path file = dataDir.resolve("log4j2-broker.properties");
        writeIfAbsent(file, "rootLogger.level=WARN\nrootLogger.appenderRef.out.ref=OUT\nappender.out.type=Console\n"
                + "appender.out.name=OUT\nappender.out.layout.type=PatternLayout\n"
                + "appender.out.layout.pattern=%d %-5p %c{1} - %m%n\n");
        return file.toString();
    }

    private static void writeIfAbsent(Path file, String content) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitValue() + "; see " + logFile);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IOException("Kafka broker not listening after " + timeout + "; see " + logFile);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current JVM's classpath, for a broker started from a test or a tool that has Kafka on it. */
    public static String currentClasspath() {
        return System.getProperty("java.class.path");
    }

    /** A classpath made of every jar in a directory, as devstack copies Kafka's jars into one. */
    public static String classpathOf(Path libDir) {
        File[] jars = libDir.toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalArgumentException("No jars in " + libDir);
        }
        StringBuilder cp = new StringBuilder();
        for (File jar : jars) {
            if (!cp.isEmpty()) {
                cp.append(File.pathSeparatorChar);
            }
            cp.append(jar.getAbsolutePath());
        }
        return cp.toString();
    }
}
