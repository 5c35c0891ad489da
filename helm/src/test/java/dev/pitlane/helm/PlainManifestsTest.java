package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.KubeSchema;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.PlainManifests;
import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Rules;
import dev.pitlane.helm.support.Tools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * k8s/ is generated from the chart and must stay so: the committed files equal a fresh generation, and
 * building each kustomization with `kubectl kustomize` gives exactly the Helm render for that environment,
 * which parses strictly and follows the rules.
 *
 * <p>Regenerate after changing the chart: {@code ./mvnw -pl helm -am verify -Dtest=PlainManifestsTest -Dsurefire.failIfNoSpecifiedTests=false -Dk8s.update=true}
 */
class PlainManifestsTest {

    private static final String UPDATE = "k8s.update";

    @BeforeAll
    static void regenerateWhenAsked() {
        if (Boolean.getBoolean(UPDATE)) {
            PlainManifests.write(PlainManifests.generate());
        }
    }

    @Test
    void committedK8sEqualsAFreshRenderOfTheChart() {
        Map<String, String> fresh = PlainManifests.generate();
        Map<String, String> disk = PlainManifests.onDisk();
        assertThat(disk.keySet()).as("files under k8s/ (run with -D%s=true to regenerate)", UPDATE)
                .containsExactlyInAnyOrderElementsOf(fresh.keySet());
        List<String> stale = new ArrayList<>();
        fresh.forEach((path, text) -> {
            if (!text.equals(disk.get(path))) {
                stale.add(path);
            }
        });
        assertThat(stale).as("k8s/ files that differ from the chart (run with -D%s=true to regenerate)", UPDATE).isEmpty();
    }

    static String target(String overlay) {
        return overlay.equals("base") ? "base" : "overlays/" + overlay;
    }

    static Manifests helmRender(String overlay) {
        return PlainManifests.render(overlay.equals("base") ? null : overlay);
    }

    /** `kubectl kustomize` of base and each overlay gives exactly the Helm render, which parses strictly and follows the rules. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void kubectlKustomizeBuildEqualsTheHelmRenderAndParsesStrictly(String overlay) {
        String out = Tools.run(List.of(Tools.kubectl().toString(), "kustomize", Repo.k8s().resolve(target(overlay)).toString()));
        Manifests built = Manifests.parse(out);
        assertThat(PlainManifests.differences(helmRender(overlay), built)).isEmpty();
        List<String> errors = new ArrayList<>();
        built.all().forEach(o -> errors.addAll(KubeSchema.validate(o)));
        assertThat(errors).isEmpty();
        assertThat(Rules.all(built)).isEmpty();
        assertThat(built.ofKind("Secret")).as("plain manifests never carry secrets").isEmpty();
        assertThat(built.all()).allSatisfy(o -> assertThat(Manifests.labels(o)).doesNotContainKey("helm.sh/chart"));
    }
}
