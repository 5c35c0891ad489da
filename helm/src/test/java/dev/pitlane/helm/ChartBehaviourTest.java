package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.KubeSchema;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.PlainManifests;
import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Rules;
import dev.pitlane.helm.support.Tools;
import dev.pitlane.helm.support.Yamls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the chart promises beyond the three values files. */
class ChartBehaviourTest {

    static Manifests strict(String yaml) {
        return strict(Manifests.parse(yaml));
    }

    static Manifests strict(Manifests m) {
        List<String> errors = new ArrayList<>();
        m.all().forEach(o -> errors.addAll(KubeSchema.validate(o)));
        assertThat(errors).isEmpty();
        assertThat(Rules.all(m)).isEmpty();
        return m;
    }

    static Map<String, Object> data(Manifests m, String configMap) {
        return Yamls.at(m.get("ConfigMap", configMap), "data");
    }

    @Test
    void aNewServiceTakesOneBlockOfValues() {
        // a service no module is: the chart's own services come and go with the modules (ServiceModulesTest)
        Manifests m = strict(Charts.render(Profile.DEV, Map.of(
                "services.warranty-service.enabled", "true",
                "services.warranty-service.port", "8090",
                "services.warranty-service.database.name", "pitlane_warranty",
                "services.warranty-service.kafkaTopics.publishes[0]", "warranty.claim.v1",
                "services.warranty-service.kafkaTopics.publishes[1]", "warranty.labour.v1")));
        assertThat(m.get("Deployment", "warranty-service")).isNotNull();
        assertThat(Yamls.dump(m.get("KafkaUser", "warranty-service-kafka"))).contains("name: warranty.claim.v1",
                "name: warranty.labour.v1", "Write");
        assertThat(m.get("KafkaTopic", "warranty.labour.v1")).isNotNull();
        assertThat(m.get("KafkaTopic", "warranty.labour.v1.dlt")).isNotNull();
        assertThat(HelmTestHooksTest.script(m, "services-ready")).contains("http://warranty-service:8090/actuator/health/readiness");
        assertThat(m.get("NetworkPolicy", "warranty-service")).isNotNull();
        assertThat(m.get("Secret", "warranty-service-db")).isNotNull();
        assertThat(data(m, "gateway-config")).containsEntry("PITLANE_GATEWAY_TARGETS_WARRANTY_SERVICE", "http://warranty-service:8090");
        assertThat(data(m, "warranty-service-config"))
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://pitlane-postgresql:5432/pitlane_warranty?sslmode=disable");
        // the provisioning Job makes its database along with the others
        assertThat(Charts.render(Profile.DEV, Map.of("services.warranty-service.enabled", "true",
                "services.warranty-service.port", "8090", "services.warranty-service.database.name", "pitlane_warranty")))
                .containsPattern("value: \"?pitlane_auth( pitlane_\\w+)* pitlane_warranty( pitlane_\\w+)*\"?\\n");
    }

    @Test
    void aDisabledServiceLeavesNoRouteAndNoNetworkPath() {
        Manifests m = strict(Charts.render(Profile.PROD, Map.of("services.procurement-service.enabled", "false")));
        assertThat(m.get("Deployment", "procurement-service")).isNull();
        assertThat(data(m, "gateway-config")).doesNotContainKey("PITLANE_GATEWAY_TARGETS_PROCUREMENT_SERVICE");
        assertThat(m.get("Job", "procurement-service-migrate")).isNull();
        assertThat(Yamls.dump(m.get("NetworkPolicy", "gateway"))).doesNotContain("procurement-service");
    }

    @Test
    @SuppressWarnings("unchecked")
    void networkPoliciesAllowOnlyTheTrafficTheArchitectureNeeds() {
        Manifests m = strict(Charts.render(Profile.DEV));
        Map<String, Object> inv = m.get("NetworkPolicy", "inventory-service");
        List<Map<String, Object>> ingress = Yamls.at(inv, "spec", "ingress");
        // from the gateway, from Prometheus and from this release's `helm test` Pods, on the HTTP port only
        assertThat(ingress).hasSize(3).allSatisfy(r -> assertThat(Yamls.dump(r.get("ports"))).contains("port: 8083"));
        assertThat(Yamls.dump(ingress.get(0))).contains("app.kubernetes.io/name: gateway");
        assertThat(Yamls.dump(ingress.get(1))).contains("kubernetes.io/metadata.name: monitoring");
        assertThat(Yamls.dump(ingress.get(2))).contains("app.kubernetes.io/component: helm-test");
        String egress = Yamls.dump(Yamls.at(inv, "spec", "egress"));
        assertThat(egress).contains("k8s-app: kube-dns", "app.kubernetes.io/name: auth-service", "port: 8081",
                "app.kubernetes.io/name: postgresql", "port: 5432", "strimzi.io/cluster: pitlane-kafka", "port: 9092");
        assertThat(egress).doesNotContain("customer-service", "procurement-service", "redis");

        String auth = Yamls.dump(Yamls.at(m.get("NetworkPolicy", "auth-service"), "spec", "ingress"));
        assertThat(auth).contains("app.kubernetes.io/part-of: pitlane"); // every service fetches the JWKS

        Map<String, Object> gw = m.get("NetworkPolicy", "gateway");
        assertThat(Yamls.dump(Yamls.at(gw, "spec", "ingress"))).contains("kubernetes.io/metadata.name: ingress-nginx")
                .doesNotContain("app.kubernetes.io/name");
        assertThat(Yamls.dump(Yamls.at(gw, "spec", "egress"))).contains("app.kubernetes.io/name: redis", "port: 6379",
                "app.kubernetes.io/name: customer-service").doesNotContain("postgresql", "strimzi");

        String pg = Yamls.dump(Yamls.at(m.get("NetworkPolicy", "pitlane-postgresql"), "spec"));
        assertThat(pg).contains("pitlane.dev/postgresql-client: 'true'");
        // the gateway is no database client
        assertThat(Manifests.labels(Manifests.podTemplate(m.get("Deployment", "gateway")))).doesNotContainKey("pitlane.dev/postgresql-client");
    }

    @Test
    void allowFromOpensADirectCallBothWays() {
        Manifests m = strict(Charts.render(Profile.DEV, Map.of("services.inventory-service.networkPolicy.allowFrom[0]", "procurement-service")));
        assertThat(Yamls.dump(Yamls.at(m.get("NetworkPolicy", "inventory-service"), "spec", "ingress")))
                .contains("app.kubernetes.io/name: procurement-service");
        assertThat(Yamls.dump(Yamls.at(m.get("NetworkPolicy", "procurement-service"), "spec", "egress")))
                .contains("app.kubernetes.io/name: inventory-service");
    }

    @Test
    void keycloakIsConfigurationOnly() throws IOException {
        Map<String, String> sets = Map.of("identity.provider", "keycloak",
                "identity.keycloak.issuerUri", "https://sso.example.com/realms/pitlane");
        Manifests m = strict(Charts.render(Profile.PROD, sets));
        for (String cm : List.of("gateway-config", "inventory-service-config")) {
            assertThat(data(m, cm))
                    .containsEntry("PITLANE_SECURITY_ISSUER_URI", "https://sso.example.com/realms/pitlane")
                    .containsEntry("PITLANE_SECURITY_JWK_SET_URI", "https://sso.example.com/realms/pitlane/protocol/openid-connect/certs")
                    .containsEntry("PITLANE_SECURITY_CLAIMS_ROLES", "realm_access.roles");
        }
        assertThat(Yamls.dump(Yamls.at(m.get("NetworkPolicy", "inventory-service"), "spec", "egress"))).contains("port: 443");
        boolean realmShipped = Files.isRegularFile(Repo.umbrellaChart().resolve("files/keycloak/pitlane-realm.json"));
        assertThat(m.get("ConfigMap", "pitlane-keycloak-realm") != null).isEqualTo(realmShipped);

        // with the realm export in the chart, the import ConfigMap carries it
        Path dir = Repo.work().resolve("keycloak");
        Repo.deleteTree(dir);
        Repo.copyTree(Charts.workCharts(), dir);
        Files.createDirectories(dir.resolve("pitlane/files/keycloak"));
        Files.writeString(dir.resolve("pitlane/files/keycloak/pitlane-realm.json"), "{\"realm\": \"pitlane\", \"enabled\": true}\n");
        Manifests withRealm = Manifests.parse(Charts.render(dir.resolve("pitlane"),
                List.of(Repo.umbrellaChart().resolve("values-prod.yaml")), sets));
        assertThat(Yamls.load((String) data(withRealm, "pitlane-keycloak-realm").get("pitlane-realm.json")))
                .isEqualTo(Map.of("realm", "pitlane", "enabled", true));
        assertThatThrownBy(() -> Charts.render(Profile.PROD, Map.of("identity.provider", "keycloak")))
                .hasMessageContaining("identity.keycloak.issuerUri is required");
    }

    @Test
    void aPublicIssuerKeepsTheJwksInsideTheCluster() {
        Manifests m = strict(Charts.render(Profile.PROD, Map.of("identity.authService.issuerUri", "https://pitlane.example.com")));
        assertThat(data(m, "inventory-service-config"))
                .containsEntry("PITLANE_SECURITY_ISSUER_URI", "https://pitlane.example.com")
                .containsEntry("PITLANE_SECURITY_JWK_SET_URI", "http://auth-service:8081/oauth2/jwks");
        assertThat(data(m, "auth-service-config")).containsEntry("PITLANE_AUTH_ISSUER", "https://pitlane.example.com");
    }

    /**
     * A first install generates the passwords; an upgrade reads them back with `lookup` (which `helm template`
     * answers with nothing, so only the first-install side renders here) and Helm keeps them on uninstall.
     */
    @Test
    void generatedSecretsAreKeptAcrossUpgrades() {
        Manifests first = Manifests.parse(Charts.render(Profile.DEV));
        Map<String, Object> secret = first.get("Secret", "inventory-service-db");
        assertThat((String) Yamls.at(secret, "data", "app-password")).isNotBlank();
        assertThat((String) Yamls.at(secret, "data", "app-username"))
                .isEqualTo(java.util.Base64.getEncoder().encodeToString("pitlane_inventory_app".getBytes()));
        assertThat(Yamls.dump(secret)).contains("helm.sh/resource-policy: keep");
        assertThat(Repo.read(Repo.umbrellaChart().resolve("templates/secrets.yaml")))
                .contains("(lookup \"v1\" \"Secret\" $.Release.Namespace .secret).data");
    }

    @Test
    void aMisspeltValueFailsInsteadOfBeingIgnored() {
        assertThatThrownBy(() -> Charts.render(Profile.PROD, Map.of("serviceDefaults.replica", "3")))
                .hasMessageContaining("replica");
        assertThatThrownBy(() -> Charts.render(Profile.PROD, Map.of("services.gateway.autoscaling.maxReplica", "3")))
                .hasMessageContaining("maxReplica");
        assertThatThrownBy(() -> Charts.render(Profile.PROD, Map.of("kafka.topics.list[0].name", "Inventory_Stock")))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Charts.render(Profile.PROD, Map.of("migrations.mode", "later")))
                .hasMessageContaining("mode");
    }

    @Test
    void migrationHooksNeedSecretsThatExistBeforeTheRelease() {
        assertThatThrownBy(() -> Charts.render(Profile.DEV, Map.of("migrations.mode", "hook")))
                .hasMessageContaining("migrations.mode=hook");
    }

    @Test
    void latestIsNeverATag() {
        assertThatThrownBy(() -> Charts.render(Profile.DEFAULT, Map.of("global.image.tag", "latest")))
                .hasMessageContaining("never \"latest\"");
        assertThatThrownBy(() -> Charts.render(Profile.DEFAULT, Map.of("services.gateway.image.tag", "latest")))
                .hasMessageContaining("never \"latest\"");
        Manifests m = strict(Charts.render(Profile.DEFAULT, Map.of("services.gateway.image.digest",
                "sha256:" + "a".repeat(64))));
        assertThat(Manifests.containers(Manifests.podTemplate(m.get("Deployment", "gateway")), false).get(0).get("image"))
                .isEqualTo("pitlane/gateway@sha256:" + "a".repeat(64));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prodHooksRunMigrationsBeforeTheRelease() {
        Manifests m = strict(Charts.render(Profile.PROD));
        Map<String, Object> job = m.get("Job", "inventory-service-migrate");
        assertThat((Map<String, Object>) Yamls.at(job, "metadata", "annotations"))
                .containsEntry("helm.sh/hook", "pre-install,pre-upgrade")
                .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
        assertThat(RenderedManifestsTest.envNames(Manifests.containers(Manifests.podTemplate(job), false).get(0)))
                .contains("PITLANE_MIGRATE_ONLY", "PITLANE_MESSAGING_ENABLED", "SPRING_DATASOURCE_URL");
    }

    /** Alerts look at the release's namespace; the plain manifests' alerts at whatever namespace they are applied to. */
    @Test
    void alertExpressionsFollowTheNamespace() {
        String shop = Tools.run(List.of(Tools.helm().toString(), "template", Charts.RELEASE,
                Charts.workCharts().resolve("pitlane").toString(), "--namespace", "shop", "--kube-version", Charts.KUBE_VERSION,
                "--values", Repo.umbrellaChart().resolve("values-prod.yaml").toString()));
        String rules = Yamls.dump(Manifests.parse(shop).ofKind("PrometheusRule"));
        assertThat(rules).contains("namespace=\"shop\"").doesNotContain("namespace=\"pitlane\"");
        String plain = Yamls.dump(PlainManifests.render("prod").ofKind("PrometheusRule"));
        assertThat(plain).contains("sum by (namespace, job)").doesNotContain("namespace=\"");
    }

    /** One CloudNativePG Cluster, a database per service provisioned by the chart's Job, backups to object storage. */
    @Test
    @SuppressWarnings("unchecked")
    void cloudNativePgRunsTheDatabasesWithBackups() {
        Map<String, String> sets = Map.of("cloudnativepg.enabled", "true", "migrations.mode", "initContainer",
                "cloudnativepg.backup.enabled", "true", "cloudnativepg.backup.destinationPath", "s3://pitlane-backups/prod",
                "cloudnativepg.backup.s3CredentialsSecret", "pitlane-backup-s3");
        Manifests all = Manifests.parse(Charts.render(Profile.PROD, sets));
        // CloudNativePG publishes no model on the registries the build reaches: its kinds are checked here by hand
        Manifests m = strict(new Manifests(all.all().stream()
                .filter(o -> !String.valueOf(o.get("apiVersion")).startsWith("postgresql.cnpg.io/")).toList()));
        Map<String, Object> cluster = all.get("Cluster", "pitlane-postgresql");
        assertThat((Integer) Yamls.at(cluster, "spec", "instances")).isEqualTo(3);
        assertThat((String) Yamls.at(cluster, "spec", "backup", "barmanObjectStore", "destinationPath")).isEqualTo("s3://pitlane-backups/prod");
        assertThat(all.get("ScheduledBackup", "pitlane-postgresql")).isNotNull();
        assertThat(data(m, "inventory-service-config")).containsEntry("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://pitlane-postgresql-rw:5432/pitlane_inventory?sslmode=require");
        Map<String, Object> job = m.ofKind("Job").stream().filter(j -> Manifests.name(j).startsWith("pitlane-postgresql-provision-"))
                .findFirst().orElseThrow();
        assertThat(Yamls.dump(job)).contains("value: pitlane-postgresql-rw", "name: pitlane-postgresql-superuser");
        assertThat(Yamls.dump(Yamls.at(m.get("NetworkPolicy", "inventory-service"), "spec", "egress")))
                .contains("cnpg.io/cluster: pitlane-postgresql").doesNotContain("10.20.0.0/24");
        assertThatThrownBy(() -> Charts.render(Profile.PROD, Map.of("cloudnativepg.enabled", "true")))
                .hasMessageContaining("migrations.mode=initContainer");
    }

    @Test
    void committedChartLockMatchesChartYaml() {
        Map<String, Object> lock = Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve("Chart.lock")));
        Map<String, Object> chart = Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve("Chart.yaml")));
        Map<String, Object> fresh = Yamls.loadMap(Repo.read(Charts.workCharts().resolve("pitlane/Chart.lock")));
        assertThat(lock.get("dependencies")).isEqualTo(chart.get("dependencies")).isEqualTo(fresh.get("dependencies"));
        assertThat(lock.get("digest")).as("Chart.lock digest: copy helm/target/helm-work/charts/pitlane/Chart.lock")
                .isEqualTo(fresh.get("digest"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void dashboardsAndAlertsCoverTheSameSignals() throws IOException {
        List<String> metrics = List.of("http_server_requests_seconds", "spring_cloud_gateway_requests_seconds",
                "kafka_consumergroup_lag", "kafka_consumer_fetch_manager_records_lag_max", "pitlane_outbox_pending",
                "hikaricp_connections");
        StringBuilder dashboards = new StringBuilder();
        try (var files = Files.list(Repo.umbrellaChart().resolve("files/dashboards"))) {
            for (Path f : files.toList()) {
                Map<String, Object> d = (Map<String, Object>) Yamls.load(Repo.read(f)); // JSON is YAML
                assertThat(d).containsKeys("uid", "title", "panels");
                dashboards.append(Repo.read(f));
            }
        }
        Manifests prod = strict(Charts.render(Profile.PROD));
        assertThat(prod.ofKind("ConfigMap").stream().filter(c -> "1".equals(Manifests.labels(c).get("grafana_dashboard"))))
                .hasSize(2);
        String rules = Yamls.dump(prod.ofKind("PrometheusRule").get(0));
        for (String metric : metrics) {
            assertThat(dashboards).as("dashboards").contains(metric);
            assertThat(rules).as("alerts").contains(metric);
        }
        assertThat(prod.ofKind("ServiceMonitor")).as("one per service module").hasSize(Repo.serviceModules().size());
        assertThat(prod.ofKind("PodMonitor")).hasSize(1);
    }
}
