package dev.pitlane.helm.support;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lints and renders the charts with the Helm library from Maven Central (helm-java bundles Helm itself).
 *
 * <p>The charts are copied to helm/target/helm-work first, and the umbrella's dependency on the library
 * chart (file://../pitlane-service) is resolved there: the source tree is never written to.
 */
public final class Charts {

    public static final String RELEASE = "pitlane";
    public static final String NAMESPACE = "pitlane";
    /** The oldest Kubernetes the chart supports is 1.30; render for a current one. */
    public static final String KUBE_VERSION = "1.33.0";

    private static Path workCharts;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Charts() {
    }

    /** The values files a platform team installs with. */
    public enum Profile {
        DEFAULT(), DEV("values-dev.yaml"), PROD("values-prod.yaml");

        private final List<String> files;

        Profile(String... files) {
            this.files = List.of(files);
        }

        public List<String> valuesFiles() {
            return files;
        }

        public String id() {
            return name().toLowerCase();
        }
    }

    /** Copies both charts to the scratch folder and builds the umbrella's dependency, once per JVM. */
    public static synchronized Path workCharts() {
        if (workCharts == null) {
            FakeKubeApi.start();
            Path dir = Repo.work().resolve("charts");
            Repo.deleteTree(dir);
            Repo.copyTree(Repo.charts(), dir);
            Repo.deleteTree(dir.resolve("pitlane/charts"));
            new Helm(dir.resolve("pitlane")).dependency().update().call();
            workCharts = dir;
        }
        return workCharts;
    }

    public static String render(Profile profile) {
        return render(profile, Map.of());
    }

    /** Renders with the profile's values files plus --set style overrides (hooks shown as plain objects). */
    public static String render(Profile profile, Map<String, String> sets) {
        List<Path> files = new ArrayList<>();
        for (String f : profile.valuesFiles()) {
            files.add(Repo.umbrellaChart().resolve(f));
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("global.renderHooksAsResources", "true");
        all.putAll(sets);
        return render(workCharts().resolve("pitlane"), files, all);
    }

    /** Renders a chart folder with values files and overrides; results are cached. */
    public static String render(Path chart, List<Path> valuesFiles, Map<String, String> sets) {
        String key = chart + "|" + valuesFiles + "|" + sets;
        String cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        TemplateCommand t = new Helm(chart).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        for (Path f : valuesFiles) {
            t = t.withValuesFile(f.toAbsolutePath());
        }
        for (Map.Entry<String, String> e : sets.entrySet()) {
            t = t.set(e.getKey(), e.getValue());
        }
        String out;
        synchronized (Charts.class) {
            out = t.call();
        }
        CACHE.put(key, out);
        return out;
    }

    /** Renders without caching (for tests that change the fake cluster between renders). */
    public static String renderFresh(Profile profile, Map<String, String> sets) {
        CACHE.clear();
        return render(profile, sets);
    }

    /**
     * `helm lint --strict` of the umbrella chart with the profile's values. The library's lint call takes no
     * values files, so the profile's files are merged (as Helm merges them) into a copy's values.yaml.
     */
    public static LintResult lint(Profile profile) {
        return lint(profile, Map.of());
    }

    /** As {@link #lint(Profile)}, with extra values merged last (nested maps, as in a values file). */
    public static LintResult lint(Profile profile, Map<String, Object> extra) {
        Path src = workCharts();
        Path dir = Repo.work().resolve("lint-" + profile.id() + (extra.isEmpty() ? "" : "-" + Integer.toHexString(extra.hashCode())));
        Repo.deleteTree(dir);
        Repo.copyTree(src.resolve("pitlane"), dir.resolve("pitlane"));
        Path values = dir.resolve("pitlane/values.yaml");
        Map<String, Object> merged = Yamls.loadMap(Repo.read(values));
        for (String f : profile.valuesFiles()) {
            merged = Yamls.mergeValues(merged, Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve(f))));
        }
        merged = Yamls.mergeValues(merged, extra);
        try {
            Files.writeString(values, Yamls.dump(merged));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (Charts.class) {
            return new Helm(dir.resolve("pitlane")).lint().strict().call();
        }
    }

    public static LintResult lintLibrary() {
        synchronized (Charts.class) {
            return new Helm(workCharts().resolve("pitlane-service")).lint().strict().call();
        }
    }

    /** The umbrella's values.yaml merged with the profile's files. */
    public static Map<String, Object> values(Profile profile) {
        Map<String, Object> merged = Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve("values.yaml")));
        for (String f : profile.valuesFiles()) {
            merged = Yamls.mergeValues(merged, Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve(f))));
        }
        return merged;
    }
}
