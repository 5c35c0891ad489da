package dev.pitlane.auth.keycloak;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.testsupport.KeycloakServer;
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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keycloak instead of auth-service, by configuration alone: a real Keycloak (the Maven Central distribution)
 * imports the chart's realm, and a service built on the platform, configured only with Keycloak's issuer and
 * {@code claims.roles=realm_access.roles}, accepts its tokens with the right organization, roles, permissions
 * and service centers. On demand only (it downloads and starts Keycloak, about a minute):
 * {@code ./mvnw -pl platform/test-support,auth-service -Pkeycloak-it verify}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakRealmIT {

    private KeycloakServer keycloak;
    private ConfigurableApplicationContext service;
    private TestHttp api;

    @BeforeAll
    void startKeycloakAndAService() {
        assumeTrue(Boolean.getBoolean("keycloak.it"), "runs only with -Dkeycloak.it=true (profile keycloak-it)");
        keycloak = KeycloakServer.of(Path.of(System.getProperty("keycloak.home")), RealmExportTest.REALM, "pitlane")
                .start(Duration.ofMinutes(4));

        SpringApplication app = new SpringApplication(ResourceServer.class);
        service = app.run("--server.port=0", "--spring.application.name=keycloak-probe",
                "--pitlane.security.issuer-uri=" + keycloak.issuerUri(),
                "--pitlane.security.jwk-set-uri=" + keycloak.jwkSetUri(),
                "--pitlane.security.claims.roles=realm_access.roles",
                "--pitlane.demo-data.enabled=false", "--logging.structured.format.console=");
        api = TestHttp.at("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aTechnicianFromKeycloakHasTheOrganizationPermissionsAndServiceCenterOfTheMatrix() {
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
    void aStoreKeeperMayAdjustStockAndAnOrgAdminHoldsEveryTenantPermission() {
        assertThat(api.withToken(token("storekeeper@demo-motors.local")).get("/probe/stock-adjust").status())
                .isEqualTo(200);
        TestHttp.Response admin = api.withToken(token("admin@demo-motors.local")).get("/probe/caller");
        assertThat(admin.<List<String>>json("$.permissions")).hasSize(41).doesNotContain("organization:manage");
        assertThat(api.get("/probe/caller").status()).as("no token").isEqualTo(401);
    }

    private String token(String username) {
        return keycloak.accessToken("pitlane-web", username, "pitlane-demo");
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
