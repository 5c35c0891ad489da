package dev.pitlane.auth.keycloak;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keycloak instead of auth-service, by configuration alone: a real Keycloak (the Maven Central distribution)
 * imports the chart's realm, and a service built on the platform, configured only with Keycloak's issuer and
 * {@code claims.roles=realm_access.roles}, accepts its tokens with the right organization, roles, permissions
 * and service centers. On demand only (it downloads and starts Keycloak, about a minute):
 * {@code mvn -f auth-service/pom.xml -Pkeycloak-it verify}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakRealmIT {

    private static final String JAVA_HOME = System.getProperty("keycloak.java", "/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process keycloak;
    private String issuer;
    private ConfigurableApplicationContext service;
    private TestHttp api;

    @BeforeAll
    void startKeycloakAndAService() throws Exception {
        assumeTrue(Boolean.getBoolean("keycloak.it"), "runs only with -Dkeycloak.it=true (profile keycloak-it)");
        Path home = Path.of(System.getProperty("keycloak.home"));
        assertThat(home.resolve("bin/kc.sh")).as("unpacked by the keycloak-it profile").exists();
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(RealmExportTest.REALM, home.resolve("data/import/pitlane-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        ProcessBuilder kc = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-management-port=" + freePort(), "--cache=local")
                .redirectErrorStream(true).redirectOutput(home.resolve("keycloak-it.log").toFile());
        kc.environment().put("JAVA_HOME", JAVA_HOME);
        kc.environment().put("PATH", JAVA_HOME + "/bin:" + System.getenv("PATH"));
        keycloak = kc.start();
        issuer = "http://127.0.0.1:" + port + "/realms/pitlane";
        awaitRealm(home);

        SpringApplication app = new SpringApplication(ResourceServer.class);
        service = app.run("--server.port=0", "--spring.application.name=keycloak-probe",
                "--pitlane.security.issuer-uri=" + issuer,
                "--pitlane.security.jwk-set-uri=" + issuer + "/protocol/openid-connect/certs",
                "--pitlane.security.claims.roles=realm_access.roles",
                "--pitlane.demo-data.enabled=false", "--logging.structured.format.console=");
        api = TestHttp.at("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        if (keycloak != null) {
            keycloak.destroy();
            if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.destroyForcibly();
            }
        }
    }

    @Test
    void aTechnicianFromKeycloakHasTheOrganizationPermissionsAndServiceCenterOfTheMatrix() throws Exception {
        TestHttp technician = api.withToken(token("technician@demo-motors.local"));
        TestHttp.Response caller = technician.get("/probe/caller");
        assertThat(caller.status()).as(caller.toString()).isEqualTo(200);
        assertThat(caller.<String>json("$.organizationId")).isEqualTo("7e57da7a-0000-4000-8000-000000000001");
        assertThat(caller.<List<String>>json("$.roles")).contains("TECHNICIAN");
        assertThat(caller.<List<String>>json("$.permissions")).containsExactlyInAnyOrder("organization:read",
                "role:read", "customer:read", "vehicle:read", "item:read", "location:read", "stock:read",
                "parts-issue:read", "parts-issue:request");
        assertThat(caller.<List<String>>json("$.serviceCenterIds"))
                .containsExactly("7e57da7a-0000-4000-8000-000000000101");
        assertThat(technician.get("/probe/parts-issue-request").status()).isEqualTo(200);
        assertThat(technician.get("/probe/stock-adjust").status()).isEqualTo(403);
    }

    @Test
    void aStoreKeeperMayAdjustStockAndAnOrgAdminHoldsEveryTenantPermission() throws Exception {
        assertThat(api.withToken(token("storekeeper@demo-motors.local")).get("/probe/stock-adjust").status())
                .isEqualTo(200);
        TestHttp.Response admin = api.withToken(token("admin@demo-motors.local")).get("/probe/caller");
        assertThat(admin.<List<String>>json("$.permissions")).hasSize(40).doesNotContain("organization:manage");
        assertThat(api.get("/probe/caller").status()).as("no token").isEqualTo(401);
    }

    /** A sign-in with Keycloak's direct access grant, as a test can do it without a browser. */
    private String token(String username) throws Exception {
        String form = "grant_type=password&client_id=pitlane-web&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=pitlane-demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return com.jayway.jsonpath.JsonPath.read(r.body(), "$.access_token");
    }

    private void awaitRealm(Path home) throws Exception {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + home.resolve("keycloak-it.log"));
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create(issuer + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Keycloak did not serve the realm in time; see "
                + home.resolve("keycloak-it.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A service built on the platform with nothing of auth-service: only the platform's token check. Not a
     * {@code @SpringBootApplication}: Spring Boot tests in this package must still find auth-service's.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            KafkaAutoConfiguration.class})
    @Import(Probe.class)
    static class ResourceServer {
    }

    @RestController
    static class Probe {

        @GetMapping("/probe/caller")
        Map<String, Object> caller() {
            Caller caller = TenantContext.caller();
            Map<String, Object> out = new TreeMap<>();
            out.put("organizationId", caller.organizationId());
            out.put("subject", caller.subject());
            out.put("roles", caller.roles());
            out.put("permissions", caller.permissions());
            out.put("serviceCenterIds", caller.serviceCenterIds());
            return out;
        }

        @GetMapping("/probe/parts-issue-request")
        @PreAuthorize("hasAuthority('parts-issue:request')")
        String partsIssueRequest() {
            return "ok";
        }

        @GetMapping("/probe/stock-adjust")
        @PreAuthorize("hasAuthority('stock:adjust')")
        String stockAdjust() {
            return "ok";
        }
    }
}
