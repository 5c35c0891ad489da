package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.ApiServerNames;
import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.CustomResourceRules;
import dev.pitlane.helm.support.KubeSchema;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Tools;
import dev.pitlane.helm.support.Yamls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proves the strict parsers reject what the API server would: unknown fields, missing required ones, bad kinds and types. */
class StrictSchemaTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
              labels: {app: demo}
            spec:
              replicas: 1
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: example/demo:1.0.0
                      ports: [{name: http, containerPort: 8080}]
                      readinessProbe:
                        httpGet: {path: /actuator/health/readiness, port: http}
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
            """;

    static List<String> errors(String yaml) {
        List<String> errors = new ArrayList<>();
        for (Map<String, Object> m : Yamls.loadAll(yaml)) {
            errors.addAll(KubeSchema.validate(m));
        }
        return errors;
    }

    @Test
    void aValidDeploymentParses() {
        assertThat(errors(DEPLOYMENT)).isEmpty();
    }

    @Test
    void aTypoInAFieldNameFails() {
        assertThat(errors(DEPLOYMENT.replace("  containers:", "  containerz:")))
                .singleElement().asString().contains("containerz");
    }

    @Test
    void aTypoDeepInsideFails() {
        assertThat(errors(DEPLOYMENT.replace("readinessProbe:", "readinesProbe:"))).singleElement().asString()
                .contains("readinesProbe");
        assertThat(errors(DEPLOYMENT.replace("httpGet: {path", "httpGet: {pth"))).isNotEmpty();
        assertThat(errors(DEPLOYMENT.replace("matchLabels: {app: demo}", "matchLabel: {app: demo}"))).isNotEmpty();
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertThat(errors(DEPLOYMENT.replace("- name: demo\n", "- \n"))).singleElement().asString().contains("name");
        assertThat(errors(DEPLOYMENT.replace("  selector:\n    matchLabels: {app: demo}\n", "")))
                .singleElement().asString().contains("selector");
    }

    @Test
    void aWrongTypeOrQuantityFails() {
        assertThat(errors(DEPLOYMENT.replace("replicas: 1", "replicas: one"))).isNotEmpty();
        assertThat(errors(DEPLOYMENT.replace("cpu: 100m", "cpu: lots"))).isNotEmpty();
    }

    @Test
    void anUnknownKindOrApiVersionFails() {
        assertThat(errors(DEPLOYMENT.replace("kind: Deployment", "kind: Deploymnet"))).isNotEmpty();
        assertThat(errors(DEPLOYMENT.replace("apiVersion: apps/v1", "apiVersion: example.com/v1"))).isNotEmpty();
    }

    /** Names, label keys and values and selectors as the API server checks them. */
    @Test
    void anInvalidNameOrLabelIsRefusedAsTheApiServerWould() {
        assertThat(ApiServerNames.all(Manifests.parse(DEPLOYMENT))).isEmpty();
        assertThat(ApiServerNames.all(Manifests.parse(DEPLOYMENT.replace("name: demo\n  labels", "name: Demo_App\n  labels"))))
                .singleElement().asString().contains("metadata.name 'Demo_App'");
        assertThat(ApiServerNames.all(Manifests.parse(DEPLOYMENT.replace("matchLabels: {app: demo}",
                "matchLabels: {app: \"demo:1.0@sha256:" + "a".repeat(64) + "\"}")))).singleElement().asString()
                .contains(".spec.selector.matchLabels");
        assertThat(ApiServerNames.all(Manifests.parse(DEPLOYMENT.replace("labels: {app: demo}\nspec", "labels: {-app: demo}\nspec"))))
                .singleElement().asString().contains("'-app: demo' is not a valid label");
        assertThat(ApiServerNames.all(Manifests.parse("apiVersion: v1\nkind: Service\nmetadata: {name: 1gateway}\n"
                + "spec: {selector: {app: demo}, ports: [{port: 80}]}\n"))).singleElement().asString().contains("1gateway");
    }

    @Test
    void duplicateKeysFail() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Yamls.loadAll("apiVersion: v1\nkind: ConfigMap\nkind: Secret\n")).hasMessageContaining("duplicate");
    }

    @Test
    void customResourcesAreCheckedStructurally() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: a.b.v1, labels: {strimzi.io/cluster: k}}
                spec: {partitions: 3, replicas: 1, config: {retention.ms: "1000"}}
                """;
        assertThat(errors(topic)).isEmpty();
        assertThat(errors(topic.replace("partitions:", "partition:"))).isNotEmpty();
        assertThat(errors(topic.replace("replicas: 1", "replicas: \"1\""))).isNotEmpty();
        assertThat(errors(topic.replace("metadata: {", "metadata: {nmae: x, "))).isNotEmpty();

        String user = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u, labels: {strimzi.io/cluster: k}}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: a.b.v1, patternType: literal}
                        operations: [Describe, Read]
                """;
        assertThat(errors(user)).isEmpty();
        assertThat(errors(user.replace("scram-sha-512", "scram-sha-999"))).isNotEmpty();
        assertThat(errors(user.replace("patternType", "pattern"))).isNotEmpty();

        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: m}
                spec:
                  selector: {matchLabels: {app: demo}}
                  endpoints: [{port: http, path: /actuator/prometheus, interval: 30s}]
                """;
        assertThat(errors(monitor)).isEmpty();
        assertThat(errors(monitor.replace("endpoints:", "endpoint:"))).isNotEmpty();
        assertThat(errors(monitor.replace("matchLabels:", "matchLabel:"))).isNotEmpty();

        String rule = """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: r}
                spec:
                  groups:
                    - name: g
                      rules:
                        - alert: Down
                          expr: up{job="x"} == 0
                          for: 5m
                          labels: {severity: critical}
                          annotations: {summary: down}
                """;
        assertThat(errors(rule)).isEmpty();
        assertThat(errors(rule.replace("          for: 5m\n", "          fro: 5m\n"))).isNotEmpty();
        assertThat(CustomResourceRules.all(Manifests.parse(rule))).isEmpty();
        assertThat(CustomResourceRules.all(Manifests.parse(rule.replace("up{job=\"x\"} == 0", "sum(rate(x[5m]) > 0")))).isNotEmpty();
        assertThat(CustomResourceRules.all(Manifests.parse(rule.replace("severity: critical", "severity: bad")))).isNotEmpty();
        assertThat(CustomResourceRules.all(Manifests.parse(topic.replace("labels: {strimzi.io/cluster: k}", "labels: {}"))))
                .isNotEmpty();

        String route = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: r}
                spec:
                  parentRefs: [{name: edge}]
                  rules: [{backendRefs: [{name: gateway, port: 8080}]}]
                """;
        assertThat(errors(route)).isEmpty();
        assertThat(errors(route.replace("backendRefs", "backends"))).isNotEmpty();
    }

    /** End to end: a typo in the chart's own template fails the render check. */
    @Test
    void aTypoInTheChartTemplateIsCaught() throws IOException {
        Path dir = Repo.work().resolve("typo");
        Repo.deleteTree(dir);
        Repo.copyTree(Repo.charts(), dir);
        Repo.deleteTree(dir.resolve("pitlane/charts"));
        Path deployment = dir.resolve("pitlane-service/templates/_deployment.tpl");
        String tpl = Files.readString(deployment);
        assertThat(tpl).contains("      containers:\n");
        Files.writeString(deployment, tpl.replace("      containers:\n", "      containerz:\n"));
        Tools.run(List.of(Tools.helm().toString(), "dependency", "update", dir.resolve("pitlane").toString()));

        String out = Charts.render(dir.resolve("pitlane"), List.of(), Map.of());
        List<String> errors = new ArrayList<>();
        Manifests.parse(out).all().forEach(m -> errors.addAll(KubeSchema.validate(m)));
        assertThat(errors).isNotEmpty().allMatch(e -> e.startsWith("Deployment ") && e.contains("containerz"));
    }
}
