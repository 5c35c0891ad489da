package dev.pitlane.devstack;

import dev.pitlane.localinfra.KafkaBroker;
import dev.pitlane.localinfra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole suite on one machine: PostgreSQL (the local server, or embedded binaries), a Kafka KRaft broker, and
 * every service as its own JVM wired to them. devstack runs it for a person; the end-to-end tests run it too.
 */
public final class Suite implements AutoCloseable {

    public static final String DEMO_PASSWORD = "pitlane-demo";
    public static final String SUPER_ADMIN = "superadmin@pitlane.local";

    private final Builder settings;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private Duration startupTime;

    private Suite(Builder settings) {
        this.settings = settings;
    }

    /** The checkout this runs in: the working directory or the nearest folder above it holding devstack/run. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("devstack/run"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run from inside the repository");
        }
        return dir;
    }

    public static Builder builder(Path repositoryRoot) {
        return new Builder(repositoryRoot);
    }

    /** Starts everything, or stops what it had started and throws: a failed start leaves no process behind. */
    public Suite start() {
        try {
            return startAll();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Suite startAll() {
        Instant begin = Instant.now();
        try {
            Files.createDirectories(settings.workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = PostgresServer.localOrEmbedded(settings.workDir.resolve("postgres"));
        Path kafkaDir = settings.workDir.resolve("kafka");
        if (settings.freshData) {
            deleteRecursively(kafkaDir);
        }
        kafka = KafkaBroker.create(kafkaDir, settings.kafkaClasspath, settings.kafkaPort).start(Duration.ofSeconds(90));

        List<ServiceSpec> present = new ArrayList<>();
        for (ServiceSpec spec : settings.services) {
            if (jarOf(spec).isPresent()) {
                present.add(spec);
            } else {
                settings.out.println("  (skipping " + spec.name() + ": no jar in " + spec.name() + "/target; build it"
                        + " with ./mvnw -DskipTests package)");
            }
        }
        for (ServiceSpec spec : present) {
            Map<String, String> env = environment(spec, present);
            ServiceProcess process = new ServiceProcess(spec, port(spec), managementPort(spec), jarOf(spec).orElseThrow(),
                    settings.workDir.resolve("logs").resolve(spec.name() + ".log"), env, settings.jvmOptions,
                    settings.javaBinary);
            services.put(spec.name(), process);
        }
        services.values().forEach(ServiceProcess::start);
        awaitReady(services.values().stream().toList(), settings.readinessTimeout);
        startupTime = Duration.between(begin, Instant.now());
        return this;
    }

    /** Waits until each service answers ready; names the first that died or stayed unready, with its log. */
    public void awaitReady(List<ServiceProcess> processes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            for (ServiceProcess p : List.copyOf(waiting)) {
                if (!p.isAlive()) {
                    throw new SuiteStartException(p, "exited during startup");
                }
                if (p.isReady()) {
                    waiting.remove(p);
                }
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                throw new SuiteStartException(waiting.get(0), "not ready after " + timeout.toSeconds() + " s");
            }
            sleep(250);
        }
    }

    private Map<String, String> environment(ServiceSpec spec, List<ServiceSpec> present) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", String.valueOf(port(spec)));
        if (spec.managementPort() != 0) {
            env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort(spec)));
        }
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        String issuer = "http://127.0.0.1:" + port("auth-service");
        env.put("PITLANE_SECURITY_ISSUER_URI", issuer);
        env.put("PITLANE_SECURITY_JWK_SET_URI", issuer + "/oauth2/jwks");
        env.put("PITLANE_AUTH_ISSUER", issuer);
        env.put("PITLANE_DEMO_DATA_ENABLED", String.valueOf(settings.demoData));
        env.put("PITLANE_AUTH_BOOTSTRAP_ADMIN_EMAIL", SUPER_ADMIN);
        env.put("PITLANE_AUTH_BOOTSTRAP_ADMIN_PASSWORD", DEMO_PASSWORD);
        if (spec.database()) {
            PostgresServer.Database db = postgres.createDatabase(databaseName(spec, settings.portOffset),
                    settings.freshData);
            env.put("SPRING_DATASOURCE_URL", db.jdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", db.appUser());
            env.put("SPRING_DATASOURCE_PASSWORD", db.appPassword());
            env.put("SPRING_FLYWAY_USER", db.ownerUser());
            env.put("SPRING_FLYWAY_PASSWORD", db.ownerPassword());
        }
        if (spec.name().equals("gateway")) {
            for (ServiceSpec target : settings.services) {
                env.put(target.gatewayTargetVariable(), "http://127.0.0.1:" + port(target));
            }
            if (answers("127.0.0.1", 6379)) {
                env.put("SPRING_DATA_REDIS_HOST", "127.0.0.1");
                env.put("SPRING_DATA_REDIS_PORT", "6379");
                env.put("PITLANE_GATEWAY_RATE_LIMIT_REDIS", "true");
                // suites on other ports share the Redis but not their rate-limit buckets
                env.put("PITLANE_GATEWAY_RATE_LIMIT_KEY_PREFIX", "pitlane:" + settings.portOffset + ":rl:");
            }
        }
        if (spec.name().equals("customer-service") && answers("127.0.0.1", 6379)) {
            env.put("SPRING_DATA_REDIS_HOST", "127.0.0.1");
            env.put("SPRING_DATA_REDIS_PORT", "6379");
        }
        if (spec.name().equals("workshop-service")) {
            // the advisor's synchronous look-up of a job card's vehicle
            env.put("PITLANE_WORKSHOP_CUSTOMER_SERVICE_URL", "http://127.0.0.1:" + port("customer-service"));
        }
        env.putAll(spec.extraEnv());
        env.putAll(settings.extraEnv.getOrDefault(spec.name(), Map.of()));
        return env;
    }

    private Optional<Path> jarOf(ServiceSpec spec) {
        Path target = settings.root.resolve(spec.name()).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(spec.name() + "-[0-9].*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A suite on other ports (tests, benchmarks) gets databases of its own, so it never wipes devstack's. */
    static String databaseName(ServiceSpec spec, int portOffset) {
        return portOffset == 0 ? spec.databaseName() : spec.databaseName() + "_" + portOffset;
    }

    /** The database of a service in this suite, for tools that look at it directly (benchmarks). */
    public String databaseName(String service) {
        return settings.services.stream().filter(s -> s.name().equals(service) && s.database()).findFirst()
                .map(s -> databaseName(s, settings.portOffset)).orElseThrow(
                        () -> new IllegalArgumentException(service + " has no database in this suite"));
    }

    public int port(ServiceSpec spec) {
        return spec.port() + settings.portOffset;
    }

    /** Where the service's actuator answers: its management port, or its own port. */
    public int managementPort(ServiceSpec spec) {
        return spec.managementPort() == 0 ? port(spec) : spec.managementPort() + settings.portOffset;
    }

    public int port(String service) {
        return settings.services.stream().filter(s -> s.name().equals(service)).findFirst()
                .map(this::port).orElseThrow();
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port("gateway");
    }

    public String directUrl(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    public ServiceProcess service(String name) {
        ServiceProcess p = services.get(name);
        if (p == null) {
            throw new IllegalArgumentException(name + " is not running in this suite");
        }
        return p;
    }

    public boolean has(String name) {
        return services.containsKey(name);
    }

    public Map<String, ServiceProcess> services() {
        return services;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Resident memory of every process of the suite (services and broker), in MiB. */
    public long residentMib() {
        long kb = services.values().stream().mapToLong(ServiceProcess::residentKb).filter(v -> v > 0).sum();
        long broker = residentKb(kafka.pid());
        return (kb + Math.max(0, broker)) / 1024;
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static long residentKb(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the suite is run. */
    public static final class Builder {
        private final Path root;
        private Path workDir;
        private List<ServiceSpec> services = ServiceSpec.SUITE;
        private boolean demoData = true;
        private boolean freshData = true;
        private int portOffset;
        private int kafkaPort = 9092;
        private String kafkaClasspath = KafkaBroker.currentClasspath();
        private String javaBinary = defaultJava();
        private List<String> jvmOptions = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxMetaspaceSize=200m", "-XX:+ExitOnOutOfMemoryError", "-Dspring.jmx.enabled=false");
        private Duration readinessTimeout = Duration.ofSeconds(180);
        private final Map<String, Map<String, String>> extraEnv = new HashMap<>();
        private java.io.PrintStream out = System.out;

        private Builder(Path root) {
            this.root = root.toAbsolutePath().normalize();
            this.workDir = this.root.resolve(".devstack");
        }

        public Builder workDir(Path dir) {
            workDir = dir;
            return this;
        }

        public Builder services(List<ServiceSpec> value) {
            services = value;
            return this;
        }

        public Builder demoData(boolean value) {
            demoData = value;
            return this;
        }

        public Builder freshData(boolean value) {
            freshData = value;
            return this;
        }

        /** Added to every service port (and the broker's), so tests can run beside a devstack. */
        public Builder portOffset(int value) {
            portOffset = value;
            return this;
        }

        public Builder kafkaPort(int value) {
            kafkaPort = value;
            return this;
        }

        public Builder kafkaClasspath(String value) {
            kafkaClasspath = value;
            return this;
        }

        public Builder javaBinary(String value) {
            javaBinary = value;
            return this;
        }

        public Builder jvmOptions(List<String> value) {
            jvmOptions = value;
            return this;
        }

        public Builder readinessTimeout(Duration value) {
            readinessTimeout = value;
            return this;
        }

        public Builder env(String service, String name, String value) {
            extraEnv.computeIfAbsent(service, s -> new HashMap<>()).put(name, value);
            return this;
        }

        public Builder log(java.io.PrintStream value) {
            out = value;
            return this;
        }

        public Suite build() {
            return new Suite(this);
        }

        /** Java 21+ when installed (virtual threads), the running JVM otherwise; {@code PITLANE_JAVA} decides. */
        static String defaultJava() {
            String chosen = System.getenv("PITLANE_JAVA");
            if (chosen != null && !chosen.isBlank()) {
                return chosen;
            }
            Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
            if (Files.isExecutable(temurin)) {
                return temurin.toString();
            }
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }

    /** A service that did not come up, with the end of its log. */
    public static final class SuiteStartException extends RuntimeException {
        SuiteStartException(ServiceProcess process, String what) {
            super(process.spec().name() + " " + what + "; last lines of " + process.log() + ":"
                    + System.lineSeparator() + process.tail(40));
        }
    }
}
