package dev.pitlane.e2e.auth;

import dev.pitlane.devstack.ServiceSpec;
import dev.pitlane.devstack.Suite;
import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.testsupport.KeycloakServer;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak instead of auth-service, through the gateway: a real Keycloak (the Maven Central distribution) imports
 * the chart's realm, and the suite is started with the gateway and the services pointed at it by environment
 * alone ({@code PITLANE_SECURITY_ISSUER_URI}, {@code PITLANE_SECURITY_JWK_SET_URI},
 * {@code PITLANE_SECURITY_CLAIMS_ROLES=realm_access.roles}). A realm user's token then reads the data of the
 * organization in its {@code org_id} claim, is refused what its permissions do not allow, and auth-service's own
 * tokens no longer pass the gateway. On demand only, see docs/services/auth-service.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakGatewayIT {

    private static final String CENTRAL_WAREHOUSE = "7e57da7a-0000-4000-8000-000000000201";
    /** Procurement is not needed here; auth-service keeps running, to show its tokens are no longer accepted. */
    private static final List<String> SERVICES = List.of("auth-service", "customer-service", "inventory-service",
            "gateway");

    private KeycloakServer keycloak;
    private Suite suite;

    @BeforeAll
    void startKeycloakAndTheSuiteTrustingIt() {
        Path realm = Suite.repositoryRoot().resolve("helm/charts/pitlane/files/keycloak/pitlane-realm.json");
        keycloak = KeycloakServer.of(Path.of(System.getProperty("keycloak.home")), realm, "pitlane")
                .start(Duration.ofMinutes(5));
        Suite.Builder builder = E2eSuite.builder("keycloak-suite")
                .services(ServiceSpec.SUITE.stream().filter(s -> SERVICES.contains(s.name())).toList());
        for (String service : List.of("gateway", "customer-service", "inventory-service")) {
            builder.env(service, "PITLANE_SECURITY_ISSUER_URI", keycloak.issuerUri())
                    .env(service, "PITLANE_SECURITY_JWK_SET_URI", keycloak.jwkSetUri())
                    .env(service, "PITLANE_SECURITY_CLAIMS_ROLES", "realm_access.roles");
        }
        suite = builder.build().start();
    }

    @AfterAll
    void stop() {
        if (suite != null) {
            suite.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aKeycloakUserReadsItsOrganizationsDataThroughTheGateway() {
        TestHttp technician = gateway().withToken(token("technician@demo-motors.local"));
        TestHttp.Response locations = ok(technician.get("/api/v1/locations?size=200"), 200);
        assertThat(locations.<List<String>>json("$.items[*].id")).contains(CENTRAL_WAREHOUSE);
        TestHttp.Response customers = ok(technician.get("/api/v1/customers?size=5"), 200);
        assertThat(customers.<List<?>>json("$.items")).isNotEmpty();
    }

    @Test
    void theSameCallIsA403WithoutThePermissionAndPassesWithIt() {
        String customer = """
                {"type":"INDIVIDUAL","name":"Keycloak Test","phone":"+91 98%08d"}"""
                .formatted(System.nanoTime() % 100_000_000);
        TestHttp technician = gateway().withToken(token("technician@demo-motors.local"));
        assertProblem(technician.post("/api/v1/customers", customer), 403, "forbidden");
        TestHttp advisor = gateway().withToken(token("advisor@demo-motors.local"));
        ok(advisor.post("/api/v1/customers", customer), 201);
    }

    @Test
    void onlyKeycloaksTokensPassTheGatewayNow() {
        String fromAuthService = ok(TestHttp.at(suite.directUrl("auth-service")).post("/api/v1/auth/login",
                "{\"email\":\"technician@demo-motors.local\",\"password\":\"" + Suite.DEMO_PASSWORD + "\"}"), 200)
                .json("$.accessToken");
        assertProblem(gateway().withToken(fromAuthService).get("/api/v1/locations"), 401, "unauthorized");
        assertProblem(gateway().get("/api/v1/locations"), 401, "unauthorized");
    }

    private TestHttp gateway() {
        return TestHttp.at(suite.gatewayUrl());
    }

    private String token(String username) {
        return keycloak.accessToken("pitlane-web", username, Suite.DEMO_PASSWORD);
    }
}
