package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.Yamls;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `helm test` Pods: the gateway answers /health, a token can be had, every service is ready. */
class HelmTestHooksTest {

    @SuppressWarnings("unchecked")
    static String script(Manifests m, String test) {
        Map<String, Object> pod = m.get("Pod", "pitlane-test-" + test);
        assertThat(pod).as("test Pod %s", test).isNotNull();
        assertThat((Map<String, Object>) Yamls.at(pod, "metadata", "annotations")).containsEntry("helm.sh/hook", "test");
        List<String> command = (List<String>) Manifests.containers(pod, false).get(0).get("command");
        return command.get(command.size() - 1);
    }

    @Test
    void productionChecksHealthTokenAndEveryServicesReadiness() {
        Manifests m = Manifests.parse(Charts.render(Profile.PROD, Map.of("auth.bootstrapAdmin.existingSecret", "pitlane-bootstrap-admin")));
        assertThat(script(m, "gateway-health")).contains("http://gateway:8080/health", "\"status\":\"UP\"");
        assertThat(script(m, "token")).contains("http://gateway:8080/api/v1/auth/login", "accessToken");
        assertThat(Yamls.dump(Manifests.containers(m.get("Pod", "pitlane-test-token"), false).get(0).get("env")))
                .contains("name: pitlane-bootstrap-admin", "key: password").doesNotContain("value:");
        assertThat(script(m, "services-ready")).contains("http://gateway:9090/actuator/health/readiness",
                "http://auth-service:8081/actuator/health/readiness", "http://customer-service:8082/actuator/health/readiness",
                "http://inventory-service:8083/actuator/health/readiness", "http://procurement-service:8084/actuator/health/readiness");
        // the test Pods may reach what they check, and nothing else
        assertThat(Yamls.dump(Yamls.at(m.get("NetworkPolicy", "gateway"), "spec", "ingress")))
                .contains("app.kubernetes.io/component: helm-test");
        assertThat(m.get("NetworkPolicy", "pitlane-helm-test")).isNotNull();
    }

    @Test
    void withoutAnyUserTheTokenCheckProvesTheEndpointAnswers() {
        Manifests m = Manifests.parse(Charts.render(Profile.PROD));
        assertThat(script(m, "token")).contains("/api/v1/auth/login", "= 401");
        assertThat(Manifests.parse(Charts.render(Profile.DEV)).get("Pod", "pitlane-test-token")).isNotNull();
        assertThat(Manifests.parse(Charts.render(Profile.PROD, Map.of("tests.enabled", "false"))).ofKind("Pod")).isEmpty();
    }
}
