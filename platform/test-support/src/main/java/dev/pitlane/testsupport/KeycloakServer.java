package dev.pitlane.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for tests, started from the Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist},
 * unpacked by the module's {@code keycloak-it} profile) in development mode, with one realm imported from a realm
 * export. Every start begins from an empty database, so the realm is always the export as it is now.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home;
    private final Path realmExport;
    private final String realm;
    private final Path log;
    private int port;
    private Process process;

    private KeycloakServer(Path home, Path realmExport, String realm) {
        this.home = home;
        this.realmExport = realmExport;
        this.realm = realm;
        this.log = home.resolve("keycloak.log");
    }

    /**
     * @param home        the unpacked distribution (the directory with {@code bin/kc.sh}); the system property
     *                    {@code keycloak.home} that the {@code keycloak-it} profiles set
     * @param realmExport a realm export ({@code pitlane-realm.json})
     * @param realm       the name of the realm in it
     */
    public static KeycloakServer of(Path home, Path realmExport, String realm) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution in " + home
                    + "; run with the keycloak-it profile, which unpacks it");
        }
        return new KeycloakServer(home, realmExport, realm);
    }

    /** Starts Keycloak and waits until it serves the realm; a few dozen seconds, on a busy machine minutes. */
    public KeycloakServer start(Duration timeout) {
        try {
            deleteRecursively(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmExport, home.resolve("data/import").resolve(realmExport.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            port = freePort();
            ProcessBuilder kc = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-management-port=" + freePort(), "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            String javaHome = javaHome();
            kc.environment().put("JAVA_HOME", javaHome);
            kc.environment().put("PATH", javaHome + "/bin:" + System.getenv("PATH"));
            process = kc.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start; see " + log, e);
        }
        awaitRealm(timeout);
        return this;
    }

    /** The {@code iss} of the realm's tokens. */
    public String issuerUri() {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    public Path log() {
        return log;
    }

    /**
     * An access token for a user of the realm, by the direct access grant (how a test signs in without a browser);
     * the client must allow that grant.
     */
    public String accessToken(String clientId, String username, String password) {
        TestHttp.Response r = TestHttp.at(issuerUri()).post("/protocol/openid-connect/token",
                "grant_type=password&scope=openid&client_id=" + encode(clientId) + "&username=" + encode(username)
                        + "&password=" + encode(password),
                "Content-Type", "application/x-www-form-urlencoded");
        if (r.status() != 200) {
            throw new IllegalStateException("Keycloak refused to sign " + username + " in: " + r);
        }
        return r.json("$.access_token");
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRealm(Duration timeout) {
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            Await.until("Keycloak serving realm " + realm + " (see " + log + ")", timeout, Duration.ofSeconds(1),
                    () -> discoveryStatus(discovery), status -> status == 200);
        } catch (AssertionError e) {
            close();
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The discovery document's status, 0 while Keycloak does not answer yet. */
    private int discoveryStatus(HttpRequest discovery) {
        if (!process.isAlive()) {
            throw new IllegalStateException("Keycloak exited during startup; see " + log);
        }
        try {
            return HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for Keycloak", e);
        }
    }

    /** Keycloak 26 needs Java 21 or later: {@code -Dkeycloak.java=<JDK>}, else Temurin 25 where installed. */
    private static String javaHome() {
        String chosen = System.getProperty("keycloak.java");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        return Files.isDirectory(temurin) ? temurin.toString() : System.getProperty("java.home");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
