package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.ApiServerNames;
import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.KubeSchema;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Rules;
import dev.pitlane.helm.support.Yamls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * skaffold.yaml builds what the chart deploys: every artifact is a Jib build of a Maven module that the chart
 * knows as a service, every service module in the work tree has an artifact, and the chart receives every
 * built image.
 */
class SkaffoldTest {

    private static Map<String, Object> skaffold;
    private static Map<String, Object> chartServices;

    @BeforeAll
    static void read() {
        skaffold = Yamls.loadMap(Repo.read(Repo.root().resolve("skaffold.yaml")));
        chartServices = Yamls.at(Charts.values(Profile.DEFAULT), "services");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> artifacts() {
        return (List<Map<String, Object>>) Yamls.at(skaffold, "build", "artifacts");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> release() {
        List<Map<String, Object>> releases = Yamls.at(skaffold, "deploy", "helm", "releases");
        assertThat(releases).hasSize(1);
        return releases.get(0);
    }

    static String module(Map<String, Object> artifact) {
        return Yamls.at(artifact, "jib", "project");
    }

    /** The schema of Skaffold 2.14 and later (`skaffold fix` moves older files to it). */
    @Test
    void isACurrentSkaffoldConfig() {
        assertThat(skaffold.get("apiVersion")).isEqualTo("skaffold/v4beta13");
        assertThat(skaffold.get("kind")).isEqualTo("Config");
    }

    /**
     * The values skaffold passes to Helm, with what skaffold puts in its templates: an inputDigest tag (64 hex)
     * and the pushed image's digest. Every object must then be accepted by the API server (names, labels,
     * selectors) and follow the rules.
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> skaffoldSets() {
        Map<String, String> sets = new java.util.LinkedHashMap<>();
        String tag = "0123456789abcdef".repeat(4);
        String digest = "sha256:" + "fedcba9876543210".repeat(4);
        ((Map<String, String>) release().get("setValueTemplates")).forEach((k, v) -> {
            String module = k.substring("services.".length(), k.indexOf(".image."));
            sets.put(k, k.endsWith(".repository") ? "registry.example.com/pitlane/" + module
                    : v.replaceAll("\\{\\{\\.IMAGE_TAG_[a-z_]+}}", tag).replaceAll("\\{\\{\\.IMAGE_DIGEST_[a-z_]+}}", digest));
        });
        return sets;
    }

    @SuppressWarnings("unchecked")
    static List<java.nio.file.Path> skaffoldValuesFiles() {
        return ((List<String>) release().get("valuesFiles")).stream().map(f -> Repo.root().resolve(f)).toList();
    }

    @Test
    void aSkaffoldDeployRendersObjectsTheApiServerAccepts() {
        Map<String, String> sets = skaffoldSets();
        assertThat(sets.values()).allSatisfy(v -> assertThat(v).doesNotContain("{{"));
        Manifests m = Manifests.parse(Charts.render(Charts.workCharts().resolve("pitlane"), skaffoldValuesFiles(), sets));
        List<String> errors = new ArrayList<>();
        m.all().forEach(o -> errors.addAll(KubeSchema.validate(o)));
        assertThat(errors).isEmpty();
        assertThat(Rules.all(m)).isEmpty();
        assertThat((String) Manifests.containers(Manifests.podTemplate(m.get("Deployment", "inventory-service")), false)
                .get(0).get("image")).startsWith("registry.example.com/pitlane/inventory-service:0123").contains("@sha256:fedc");
    }

    /** The check would have caught the old chart, which copied the image tag into app.kubernetes.io/version. */
    @Test
    void theCheckCatchesAnImageReferenceInALabel() throws java.io.IOException {
        java.nio.file.Path charts = Charts.copyCharts("skaffold-typo");
        java.nio.file.Path helpers = charts.resolve("pitlane/templates/_helpers.tpl");
        String tpl = Files.readString(helpers);
        String versionFromChart = "\"version\" $root.Chart.AppVersion";
        assertThat(tpl).contains(versionFromChart);
        Files.writeString(helpers, tpl.replace(versionFromChart,
                "\"version\" (($s.image.tag | default (include \"pitlane.imageTag\" $root)) | toString)"));
        Manifests m = Manifests.parse(Charts.render(charts.resolve("pitlane"), skaffoldValuesFiles(), skaffoldSets()));
        assertThat(ApiServerNames.all(m)).isNotEmpty()
                .allMatch(e -> e.contains("app.kubernetes.io/version") && e.contains("is not a valid label"));
    }

    @Test
    void everyArtifactIsAJibMavenBuildOfAServiceTheChartDeploys() {
        assertThat(artifacts()).isNotEmpty();
        for (Map<String, Object> a : artifacts()) {
            String module = module(a);
            assertThat(module).as("jib.project of %s", a.get("image")).isNotBlank();
            assertThat(a.get("image")).isEqualTo("pitlane/" + module);
            assertThat((String) Yamls.at(a, "jib", "type")).isEqualTo("maven");
            assertThat(a.getOrDefault("context", ".")).isEqualTo(".");
            Map<String, Object> svc = (Map<String, Object>) chartServices.get(module);
            assertThat(svc).as("chart values services.%s", module).isNotNull();
            assertThat(svc.get("enabled")).as("services.%s.enabled", module).isEqualTo(true);
            Path dir = Repo.root().resolve(module);
            if (Files.isDirectory(dir)) {
                // a module being written may not have its pom yet; once it has one, its artifactId is its name
                Path pom = dir.resolve("pom.xml");
                if (Files.isRegularFile(pom)) {
                    assertThat(artifactId(Repo.read(pom))).as("artifactId of %s", pom).isEqualTo(module);
                }
            }
        }
        assertThat(artifacts().stream().map(SkaffoldTest::module).distinct().count()).isEqualTo(artifacts().size());
    }

    @Test
    void everyServiceModuleInTheWorkTreeHasAnArtifact() {
        Set<String> built = new TreeSet<>();
        artifacts().forEach(a -> built.add(module(a)));
        List<String> modules = Repo.serviceModules().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(built).as("skaffold artifacts").containsAll(modules);
        assertThat(chartServices.keySet()).as("services in the chart's values.yaml").containsAll(modules);
    }

    @Test
    void theChartGetsEveryBuiltImageAndNothingElse() {
        Map<String, Object> r = release();
        assertThat(r.get("chartPath")).isEqualTo("helm/charts/pitlane");
        assertThat(Files.isRegularFile(Repo.root().resolve("helm/charts/pitlane/Chart.yaml"))).isTrue();
        for (String f : (List<String>) r.get("valuesFiles")) {
            assertThat(Repo.root().resolve(f)).exists();
        }
        Map<String, String> templates = (Map<String, String>) r.get("setValueTemplates");
        Set<String> expected = new TreeSet<>();
        for (Map<String, Object> a : artifacts()) {
            String key = ((String) a.get("image")).replaceAll("[^A-Za-z0-9]", "_");
            String m = module(a);
            expected.add("services." + m + ".image.repository");
            expected.add("services." + m + ".image.tag");
            assertThat(templates.get("services." + m + ".image.repository")).isEqualTo("{{.IMAGE_REPO_" + key + "}}");
            assertThat(templates.get("services." + m + ".image.tag"))
                    .isEqualTo("{{.IMAGE_TAG_" + key + "}}@{{.IMAGE_DIGEST_" + key + "}}");
        }
        assertThat(templates.keySet()).isEqualTo(expected);
    }

    @Test
    @SuppressWarnings("unchecked")
    void devProfileRunsOneReplicaWithDebugPortsAndForwardsTheGateway() {
        List<Map<String, Object>> profiles = (List<Map<String, Object>>) skaffold.get("profiles");
        Map<String, Object> dev = profiles.stream().filter(p -> "dev".equals(p.get("name"))).findFirst().orElseThrow();
        List<Map<String, Object>> patches = (List<Map<String, Object>>) dev.get("patches");
        Map<String, Object> setValues = patches.stream()
                .filter(p -> "/deploy/helm/releases/0/setValues".equals(p.get("path")))
                .map(p -> (Map<String, Object>) p.get("value")).findFirst().orElseThrow();
        assertThat(setValues).containsEntry("serviceDefaults.replicas", 1).containsEntry("serviceDefaults.debug.enabled", true);
        for (Map<String, Object> pf : List.of(skaffold, dev)) {
            List<Map<String, Object>> forwards = (List<Map<String, Object>>) pf.get("portForward");
            assertThat(forwards).anySatisfy(f -> {
                assertThat(f.get("resourceName")).isEqualTo("gateway");
                assertThat(f.get("port")).isEqualTo(8080);
                assertThat(f.get("localPort")).isEqualTo(8080);
            });
        }
        // every debug forward names a service that skaffold builds, on the chart's debug port
        Object debugPort = Yamls.at(Charts.values(Profile.DEFAULT), "serviceDefaults", "debug", "port");
        Set<String> built = new TreeSet<>();
        artifacts().forEach(a -> built.add(module(a)));
        for (Map<String, Object> f : (List<Map<String, Object>>) dev.get("portForward")) {
            if (!"deployment".equals(f.get("resourceType"))) {
                continue;
            }
            assertThat(built).contains((String) f.get("resourceName"));
            assertThat(f.get("port")).isEqualTo(debugPort);
        }
    }

    @Test
    void devProfileValuesRenderAndKeepTheRules() {
        // the values the dev profile sets, applied the way skaffold passes them (--set)
        String out = Charts.render(Profile.DEV, Map.of("serviceDefaults.replicas", "1", "serviceDefaults.debug.enabled", "true"));
        var m = dev.pitlane.helm.support.Manifests.parse(out);
        assertThat(dev.pitlane.helm.support.Rules.all(m)).isEmpty();
        assertThat(out).contains("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005");
    }

    static String artifactId(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "").replaceAll("(?s)<dependencies>.*", "");
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(withoutParent);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1).trim());
        }
        return ids.isEmpty() ? null : ids.get(0);
    }
}
