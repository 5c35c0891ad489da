package dev.pitlane.auth.keycloak;

import dev.pitlane.auth.AuthIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm in the chart grants exactly what auth-service's permission matrix grants, and has the same
 * demo users: with Keycloak as the issuer, every role keeps its permissions.
 */
class RealmExportTest extends AuthIntegrationTest {

    static final Path REALM = Path.of("..", "helm", "charts", "pitlane", "files", "keycloak", "pitlane-realm.json");

    @Test
    void theRealmsRoleCompositesAreThePermissionMatrix() throws Exception {
        JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(REALM));
        Map<String, Set<String>> inRealm = new TreeMap<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            Set<String> permissions = new TreeSet<>();
            role.path("composites").path("client").path("pitlane-api").forEach(p -> permissions.add(p.asString()));
            inRealm.put(role.path("name").asString(), permissions);
        }
        Map<String, Set<String>> matrix = new TreeMap<>();
        List<Map<String, Object>> roles = as(root()).get("/api/v1/roles").json("$");
        for (Map<String, Object> role : roles) {
            @SuppressWarnings("unchecked")
            List<String> permissions = (List<String>) role.get("permissions");
            matrix.put((String) role.get("name"), new TreeSet<>(permissions));
        }
        assertThat(inRealm).isEqualTo(matrix);

        Set<String> clientRoles = new TreeSet<>();
        realm.path("roles").path("client").path("pitlane-api").forEach(r -> clientRoles.add(r.path("name").asString()));
        List<String> permissions = as(root()).get("/api/v1/permissions").json("$[*].name");
        assertThat(clientRoles).isEqualTo(new TreeSet<>(permissions));
    }

    @Test
    void theRealmHasTheDemoUsersOfAuthService() throws Exception {
        JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(REALM));
        for (JsonNode user : realm.path("users")) {
            String email = user.path("email").asString();
            Map<String, Object> claims = dev.pitlane.testsupport.TestTokens.claimsOf(
                    login(email, "pitlane-demo").access());
            assertThat(claims.get("roles")).as(email).isEqualTo(List.of(user.path("realmRoles").get(0).asString()));
            JsonNode org = user.path("attributes").path("org_id");
            assertThat(claims.get("org_id")).as(email).isEqualTo(org.isMissingNode() ? null : org.get(0).asString());
            List<String> centers = new java.util.ArrayList<>();
            user.path("attributes").path("service_center_ids").forEach(c -> centers.add(c.asString()));
            assertThat(claims.get("service_center_ids")).as(email).isEqualTo(centers);
        }
    }
}
