package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.Yamls;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a production install must never carry or open: demo users, known passwords, inline secrets, actuator or
 * Swagger behind the edge, open traffic inside the namespace, unauthenticated Kafka.
 */
class ProductionRenderTest {

    /** Environment variables that hold secrets: only ever from a Secret, never a literal value. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|JAAS|PRIVATE|CREDENTIAL).*");

    static Manifests prod(Map<String, String> sets) {
        return Manifests.parse(Charts.render(Profile.PROD, sets));
    }

    /** Prod with each identity provider and each edge. */
    static List<Map<String, String>> variants() {
        return List.of(Map.of(),
                Map.of("identity.provider", "keycloak", "identity.keycloak.issuerUri", "https://sso.example.com/realms/pitlane"),
                Map.of("httpRoute.enabled", "false", "ingress.enabled", "true"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    @SuppressWarnings("unchecked")
    void carriesNoDemoUserNoKnownPasswordAndNoInlineSecret(int variant) {
        String yaml = Charts.render(Profile.PROD, variants().get(variant));
        assertThat(yaml).doesNotContainIgnoringCase("pitlane-demo").doesNotContainIgnoringCase("demo-motors")
                .doesNotContain("PITLANE_DEMO_DATA_ENABLED");
        Manifests m = Manifests.parse(yaml);
        assertThat(m.ofKind("Secret")).as("Secrets exist before install in production").isEmpty();
        for (Map<String, Object> o : m.all()) {
            Map<String, Object> pod = Manifests.podTemplate(o);
            if (pod != null) {
                for (Map<String, Object> c : Manifests.containers(pod, true)) {
                    for (Map<String, Object> e : (List<Map<String, Object>>) c.getOrDefault("env", List.of())) {
                        assertThat(e.get("value") == null || !SECRET_NAME.matcher(String.valueOf(e.get("name"))).matches())
                                .as("%s %s: env %s is a literal", Manifests.id(o), c.get("name"), e.get("name")).isTrue();
                    }
                }
            }
            if ("ConfigMap".equals(o.get("kind")) && o.get("data") instanceof Map<?, ?> data) {
                assertThat(data.keySet()).as("%s", Manifests.id(o))
                        .noneMatch(k -> SECRET_NAME.matcher(String.valueOf(k)).matches());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEdgeRoutesTheGatewaysApiPortOnlyAndSwaggerIsOff() {
        Manifests m = prod(Map.of());
        assertThat(m.ofKind("Ingress")).isEmpty();
        Map<String, Object> route = m.get("HTTPRoute", "pitlane");
        List<Map<String, Object>> rules = Yamls.at(route, "spec", "rules");
        assertThat(rules).flatExtracting(r -> (List<Map<String, Object>>) r.get("backendRefs"))
                .allSatisfy(b -> assertThat(b).containsEntry("name", "gateway").containsEntry("port", 8080));

        Manifests withIngress = prod(Map.of("httpRoute.enabled", "false", "ingress.enabled", "true"));
        assertThat(Yamls.dump(Yamls.at(withIngress.get("Ingress", "pitlane"), "spec", "rules")))
                .contains("name: http").doesNotContain("management", "9090");

        // the actuator lives on the management port: probes, Prometheus, never the edge
        Map<String, Object> gw = Manifests.containers(Manifests.podTemplate(m.get("Deployment", "gateway")), false).get(0);
        assertThat(Yamls.dump(gw.get("ports"))).contains("name: management", "containerPort: 9090");
        assertThat((String) Yamls.at(gw, "readinessProbe", "httpGet", "port")).isEqualTo("management");
        assertThat(Yamls.dump(Yamls.at(m.get("ServiceMonitor", "gateway"), "spec", "endpoints"))).contains("port: management");
        Map<String, Object> config = Yamls.at(m.get("ConfigMap", "gateway-config"), "data");
        assertThat(config).containsEntry("MANAGEMENT_SERVER_PORT", "9090")
                .containsEntry("SPRINGDOC_SWAGGER_UI_ENABLED", "false");
        assertThat((Map<String, Object>) Yamls.at(m.get("ConfigMap", "inventory-service-config"), "data"))
                .containsEntry("SPRINGDOC_API_DOCS_ENABLED", "false");
        assertThat((Map<String, Object>) Yamls.at(Manifests.parse(Charts.render(Profile.DEV)).get("ConfigMap", "gateway-config"), "data"))
                .doesNotContainKey("SPRINGDOC_SWAGGER_UI_ENABLED");
        // the edge's proxies reach the API port, Prometheus the management port
        String gwIngress = Yamls.dump(Yamls.at(m.get("NetworkPolicy", "gateway"), "spec", "ingress"));
        assertThat(gwIngress).contains("kubernetes.io/metadata.name: gateway-system");
    }

    @Test
    @SuppressWarnings("unchecked")
    void trafficInsideTheNamespaceIsDeniedUnlessAllowedAndDatabasesAreReachedByAddress() {
        Manifests m = prod(Map.of());
        Map<String, Object> deny = m.get("NetworkPolicy", "pitlane-default-deny");
        assertThat(deny).as("default-deny NetworkPolicy").isNotNull();
        assertThat((Map<String, Object>) Yamls.at(deny, "spec", "podSelector")).isEmpty();
        assertThat((List<String>) Yamls.at(deny, "spec", "policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat((Object) Yamls.at(deny, "spec", "ingress")).isNull();
        assertThat((Object) Yamls.at(deny, "spec", "egress")).isNull();

        // every egress rule names its peers, except the Kubernetes API for Strimzi's operators (values)
        for (Map<String, Object> np : m.ofKind("NetworkPolicy")) {
            List<Map<String, Object>> egress = Yamls.at(np, "spec", "egress");
            for (Map<String, Object> rule : egress == null ? List.<Map<String, Object>>of() : egress) {
                if (rule.get("to") == null) {
                    assertThat(Manifests.name(np)).as("egress to any address: %s", rule).isEqualTo("pitlane-kafka-pods");
                    assertThat(Yamls.dump(rule.get("ports"))).contains("port: 443", "port: 6443");
                }
            }
        }
        String inventoryEgress = Yamls.dump(Yamls.at(m.get("NetworkPolicy", "inventory-service"), "spec", "egress"));
        assertThat(inventoryEgress).contains("cidr: 10.20.0.0/24", "port: 5432");
        String gatewayEgress = Yamls.dump(Yamls.at(m.get("NetworkPolicy", "gateway"), "spec", "egress"));
        assertThat(gatewayEgress).contains("cidr: 10.20.1.0/24", "port: 6379");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> prod(Map.of("database.cidrs", "{}")))
                .hasMessageContaining("cidrs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kafkaIsReachedOverTlsWithEachServicesOwnScramUser() {
        Manifests m = prod(Map.of());
        Map<String, Object> kafka = m.get("Kafka", "pitlane-kafka");
        assertThat((List<Map<String, Object>>) Yamls.at(kafka, "spec", "kafka", "listeners"))
                .allSatisfy(l -> assertThat((String) Yamls.at(l, "authentication", "type")).isEqualTo("scram-sha-512"));
        assertThat((String) Yamls.at(kafka, "spec", "kafka", "authorization", "type")).isEqualTo("simple");
        Map<String, Object> config = Yamls.at(m.get("ConfigMap", "inventory-service-config"), "data");
        assertThat(config).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "pitlane-kafka-kafka-bootstrap:9093")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
        Map<String, Object> app = Manifests.containers(Manifests.podTemplate(m.get("Deployment", "inventory-service")), false).get(0);
        assertThat(Yamls.dump(app.get("env"))).contains("name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                "name: inventory-service-kafka", "key: sasl.jaas.config");
        assertThat(Yamls.dump(Yamls.at(m.get("NetworkPolicy", "inventory-service"), "spec", "egress"))).contains("port: 9093")
                .doesNotContain("port: 9092");
        assertThat(Yamls.dump(Manifests.podTemplate(m.get("Deployment", "inventory-service"))))
                .contains("secretName: pitlane-kafka-cluster-ca-cert");
    }
}
