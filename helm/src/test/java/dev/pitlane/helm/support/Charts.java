package dev.pitlane.helm.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lints and renders the charts with the Helm CLI ({@link Tools#helm()}): `helm template` never contacts a
 * cluster, so `lookup` sees nothing, as on a first install.
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

        public List<Path> valuesFiles() {
            return files.stream().map(f -> Repo.umbrellaChart().resolve(f)).toList();
        }

        public String id() {
            return name().toLowerCase();
        }
    }

    /** Copies both charts to the scratch folder and builds the umbrella's dependency, once per JVM. */
    public static synchronized Path workCharts() {
        if (workCharts == null) {
            workCharts = copyCharts("charts");
        }
        return workCharts;
    }

    /** A fresh copy of both charts under helm/target/helm-work/{name}, its dependency updated. */
    public static Path copyCharts(String name) {
        Path dir = Repo.work().resolve(name);
        Repo.deleteTree(dir);
        Repo.copyTree(Repo.charts(), dir);
        Repo.deleteTree(dir.resolve("pitlane/charts"));
        Tools.run(List.of(Tools.helm().toString(), "dependency", "update", dir.resolve("pitlane").toString()));
        return dir;
    }

    public static String render(Profile profile) {
        return render(profile, Map.of());
    }

    /** Renders with the profile's values files plus --set overrides; hooks (migration Jobs, tests) included. */
    public static String render(Profile profile, Map<String, String> sets) {
        return render(workCharts().resolve("pitlane"), profile.valuesFiles(), sets);
    }

    /** Renders a chart folder with values files and --set overrides; results are cached. */
    public static String render(Path chart, List<Path> valuesFiles, Map<String, String> sets) {
        String key = chart + "|" + valuesFiles + "|" + sets;
        return CACHE.computeIfAbsent(key, k -> {
            List<String> cmd = new ArrayList<>(List.of(Tools.helm().toString(), "template", RELEASE, chart.toString(),
                    "--namespace", NAMESPACE, "--kube-version", KUBE_VERSION));
            cmd.addAll(valuesArgs(valuesFiles, sets));
            return Tools.run(cmd);
        });
    }

    /** `helm lint --strict` of the umbrella chart with the profile's values and extra --set values. */
    public static String lint(Profile profile, Map<String, String> sets) {
        List<String> cmd = new ArrayList<>(List.of(Tools.helm().toString(), "lint", "--strict",
                workCharts().resolve("pitlane").toString(), "--kube-version", KUBE_VERSION));
        cmd.addAll(valuesArgs(profile.valuesFiles(), sets));
        return Tools.run(cmd);
    }

    public static String lintLibrary() {
        return Tools.run(List.of(Tools.helm().toString(), "lint", "--strict", workCharts().resolve("pitlane-service").toString()));
    }

    private static List<String> valuesArgs(List<Path> valuesFiles, Map<String, String> sets) {
        List<String> args = new ArrayList<>();
        for (Path f : valuesFiles) {
            args.add("--values");
            args.add(f.toAbsolutePath().toString());
        }
        sets.forEach((k, v) -> {
            args.add("--set");
            args.add(k + "=" + v);
        });
        return args;
    }

    /** The umbrella's values.yaml merged with the profile's files. */
    public static Map<String, Object> values(Profile profile) {
        Map<String, Object> merged = Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve("values.yaml")));
        for (Path f : profile.valuesFiles()) {
            merged = Yamls.mergeValues(merged, Yamls.loadMap(Repo.read(f)));
        }
        return merged;
    }
}
