package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.KubeSchema;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.Rules;
import dev.pitlane.helm.support.Yamls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `helm template` with every values file, every object parsed strictly, every platform rule. */
class RenderedManifestsTest {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyRenderedObjectParsesStrictlyAsItsKubernetesType(Profile profile) {
        Manifests m = Manifests.parse(Charts.render(profile));
        assertThat(m.all()).isNotEmpty();
        List<String> errors = new ArrayList<>();
        m.all().forEach(o -> errors.addAll(KubeSchema.validate(o)));
        assertThat(errors).as("strict schema errors with %s", profile).isEmpty();
        m.byKey(); // no two objects with the same identity
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void renderedOutputFollowsThePlatformRules(Profile profile) {
        Manifests m = Manifests.parse(Charts.render(profile));
        assertThat(Rules.all(m)).as("rule violations with %s", profile).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyEnabledServiceIsDeployedAndEveryRoutedOneIsAGatewayTarget(Profile profile) {
        Manifests m = Manifests.parse(Charts.render(profile));
        Map<String, Object> values = Charts.values(profile);
        Map<String, Object> services = Yamls.at(values, "services");
        Set<String> expectedTargets = new TreeSet<>();
        services.forEach((name, raw) -> {
            Map<String, Object> svc = (Map<String, Object>) raw;
            if (!Boolean.TRUE.equals(svc.get("enabled"))) {
                return;
            }
            assertThat(m.get("Deployment", name)).as("Deployment %s", name).isNotNull();
            assertThat(m.get("Service", name)).as("Service %s", name).isNotNull();
            boolean routed = !"gateway".equals(svc.getOrDefault("role", "service"))
                    && !Boolean.FALSE.equals(svc.get("route"));
            if (routed) {
                expectedTargets.add("PITLANE_GATEWAY_TARGETS_" + name.toUpperCase().replace('-', '_'));
            }
        });
        assertThat(Rules.gatewayTargets(m).keySet()).isEqualTo(expectedTargets);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyServiceWithADatabaseMigratesBeforeItServesAndNeverHoldsTheOwnerPassword(Profile profile) {
        Manifests m = Manifests.parse(Charts.render(profile));
        Map<String, Object> services = Yamls.at(Charts.values(profile), "services");
        String mode = Yamls.at(Charts.values(profile), "migrations", "mode");
        services.forEach((name, raw) -> {
            Map<String, Object> svc = (Map<String, Object>) raw;
            if (!Boolean.TRUE.equals(svc.get("enabled")) || svc.get("database") == null) {
                return;
            }
            Map<String, Object> pod = Manifests.podTemplate(m.get("Deployment", name));
            Map<String, Object> migrate;
            if ("hook".equals(mode)) {
                Map<String, Object> job = m.get("Job", name + "-migrate");
                assertThat(job).as("migration Job of %s", name).isNotNull();
                migrate = Manifests.containers(Manifests.podTemplate(job), false).get(0);
            } else {
                migrate = Manifests.containers(pod, true).stream()
                        .filter(c -> "migrate".equals(c.get("name"))).findFirst().orElse(null);
                assertThat(migrate).as("migrate init container of %s", name).isNotNull();
            }
            assertThat(envNames(migrate)).contains("PITLANE_MIGRATE_ONLY", "SPRING_FLYWAY_USER", "SPRING_FLYWAY_PASSWORD");
            Map<String, Object> app = Manifests.containers(pod, false).get(0);
            assertThat(envNames(app)).contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")
                    .doesNotContain("SPRING_FLYWAY_PASSWORD", "PITLANE_MIGRATE_ONLY");
            Map<String, Object> cm = m.get("ConfigMap", name + "-config");
            assertThat((Map<String, Object>) Yamls.at(cm, "data"))
                    .containsEntry("SPRING_FLYWAY_ENABLED", "false")
                    .containsKeys("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                            "PITLANE_SECURITY_ISSUER_URI", "PITLANE_SECURITY_JWK_SET_URI");
        });
    }

    @SuppressWarnings("unchecked")
    static List<String> envNames(Map<String, Object> container) {
        List<Map<String, Object>> env = (List<Map<String, Object>>) container.getOrDefault("env", List.of());
        return env.stream().map(e -> String.valueOf(e.get("name"))).toList();
    }
}
