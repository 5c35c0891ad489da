package dev.pitlane.devstack;

import dev.pitlane.localinfra.KafkaBroker;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./devstack/run}: starts PostgreSQL, Kafka and every service, loads the demo data, prints where to go and
 * how to log in, and stops everything on Ctrl-C.
 *
 * <p>Options: {@code --keep-data} keeps databases and Kafka data from the last run; {@code --no-demo} starts
 * empty; {@code --only auth-service,gateway} starts a subset.
 */
public final class Devstack {

    private Devstack() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = Arrays.asList(args);
        Path root = Path.of(System.getProperty("pitlane.root", ".")).toAbsolutePath().normalize();
        List<ServiceSpec> services = ServiceSpec.SUITE;
        for (String option : options) {
            if (option.startsWith("--only=")) {
                List<String> names = List.of(option.substring("--only=".length()).split(","));
                services = ServiceSpec.SUITE.stream().filter(s -> names.contains(s.name())).toList();
            }
        }
        Suite suite = Suite.builder(root)
                .services(services)
                .freshData(!options.contains("--keep-data"))
                .demoData(!options.contains("--no-demo"))
                .kafkaClasspath(KafkaBroker.classpathOf(root.resolve("devstack/target/lib")))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the suite...");
            suite.close();
            stopped.countDown();
        }, "devstack-stop"));

        System.out.println("Starting Pitlane: PostgreSQL, Kafka, " + services.stream().map(ServiceSpec::name).toList());
        try {
            suite.start();
        } catch (Suite.SuiteStartException e) {
            System.err.println("\nDevstack could not start: " + e.getMessage());
            System.exit(1);
        }
        printSummary(suite, !options.contains("--no-demo"));
        stopped.await();
    }

    private static void printSummary(Suite suite, boolean demo) {
        String gateway = "http://localhost:" + suite.port("gateway");
        StringBuilder out = new StringBuilder();
        out.append("\nPitlane is up in ").append(suite.startupTime().toSeconds()).append(" s, using ")
                .append(suite.residentMib()).append(" MiB resident memory.\n\n");
        out.append("  Gateway     ").append(gateway).append('\n');
        out.append("  Swagger UI  ").append(gateway).append("/swagger-ui.html\n");
        out.append("  Health      ").append(gateway).append("/health\n");
        out.append("  Kafka       ").append(suite.kafka().bootstrapServers()).append('\n');
        suite.services().values().forEach(p -> out.append(String.format("  %-20s %s  (log: %s)%n",
                p.spec().name(), p.baseUrl(), suite.postgres() == null ? "" : p.log())));
        out.append("\nLogins (password ").append(Suite.DEMO_PASSWORD).append("):\n");
        out.append("  ").append(Suite.SUPER_ADMIN).append("  SUPER_ADMIN\n");
        if (demo) {
            for (String[] user : new String[][]{{"admin", "ORG_ADMIN"}, {"advisor", "SERVICE_ADVISOR"},
                    {"technician", "TECHNICIAN"}, {"storekeeper", "STORE_KEEPER"},
                    {"procurement", "PROCUREMENT_OFFICER"}, {"accountant", "ACCOUNTANT"}}) {
                out.append(String.format("  %-30s %s (Demo Motors)%n", user[0] + "@demo-motors.local", user[1]));
            }
        }
        out.append("\nTry:\n  TOKEN=$(curl -s ").append(gateway).append("/api/v1/auth/login -H 'Content-Type: ")
                .append("application/json' -d '{\"email\":\"admin@demo-motors.local\",\"password\":\"")
                .append(Suite.DEMO_PASSWORD).append("\"}' | jq -r .accessToken)\n  curl -s ").append(gateway)
                .append("/api/v1/items?size=5 -H \"Authorization: Bearer $TOKEN\" | jq\n");
        out.append("\nCtrl-C stops everything.\n");
        System.out.print(out);
    }
}
