package dev.pitlane.helm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The generator of k8s/ (plain manifests with kustomize) from the Helm chart, so that the two cannot drift.
 *
 * <ul>
 *   <li>k8s/base: the chart rendered with values.yaml and k8s/plain-values.yaml, one file per object;</li>
 *   <li>k8s/overlays/&lt;env&gt;: the chart rendered with values-&lt;env&gt;.yaml as well, written as the
 *       difference to the base: objects only the overlay has (resources/), JSON 6902 patches for objects that
 *       differ (patches/), and "$patch: delete" for objects the overlay does not have.</li>
 * </ul>
 * `kubectl kustomize k8s/overlays/&lt;env&gt;` therefore gives exactly what Helm renders for that environment,
 * which {@code PlainManifestsTest} checks with the real kubectl.
 */
public final class PlainManifests {

    public static final List<String> OVERLAYS = List.of("dev", "prod");
    static final String HEADER = "# Generated from helm/charts/pitlane by the helm module's PlainManifestsTest: do not edit.\n"
            + "# Change the chart or its values, then: ./mvnw -pl helm -am verify -Dtest=PlainManifestsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dk8s.update=true\n";

    private PlainManifests() {
    }

    /** The chart rendered for plain manifests: base (null) or an overlay's environment. */
    public static Manifests render(String env) {
        List<Path> files = new ArrayList<>();
        if (env != null) {
            files.add(Repo.umbrellaChart().resolve("values-" + env + ".yaml"));
        }
        files.add(Repo.k8s().resolve("plain-values.yaml"));
        return Manifests.parse(Charts.render(Charts.workCharts().resolve("pitlane"), files, Map.of()));
    }

    /** Every generated file of k8s/, by path relative to k8s/. */
    public static Map<String, String> generate() {
        Map<String, String> out = new TreeMap<>();
        Map<String, Map<String, Object>> base = render(null).byKey();
        List<String> baseFiles = new ArrayList<>();
        for (Map<String, Object> o : base.values()) {
            String f = fileName(o);
            out.put("base/" + f, HEADER + dump(o));
            baseFiles.add(f);
        }
        baseFiles.sort(null);
        Map<String, Object> k = kustomization();
        k.put("resources", baseFiles);
        out.put("base/kustomization.yaml", HEADER + dump(k));

        for (String env : OVERLAYS) {
            Map<String, Map<String, Object>> target = render(env).byKey();
            List<String> resources = new ArrayList<>(List.of("../../base"));
            List<Map<String, Object>> patches = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> e : target.entrySet()) {
                Map<String, Object> o = e.getValue();
                Map<String, Object> b = base.get(e.getKey());
                if (b == null) {
                    String f = "resources/" + fileName(o);
                    out.put("overlays/" + env + "/" + f, HEADER + dump(o));
                    resources.add(f);
                } else if (!b.equals(o)) {
                    List<Map<String, Object>> ops = JsonPatch.diff(b, o);
                    String f = "patches/" + fileName(o);
                    out.put("overlays/" + env + "/" + f, HEADER + dump(ops));
                    patches.add(patchEntry(f, o));
                }
            }
            for (Map.Entry<String, Map<String, Object>> e : base.entrySet()) {
                if (!target.containsKey(e.getKey())) {
                    Map<String, Object> o = e.getValue();
                    Map<String, Object> del = new LinkedHashMap<>();
                    del.put("$patch", "delete");
                    del.put("apiVersion", o.get("apiVersion"));
                    del.put("kind", o.get("kind"));
                    Map<String, Object> meta = new LinkedHashMap<>();
                    meta.put("name", Manifests.name(o));
                    Object ns = Yamls.at(o, "metadata", "namespace");
                    if (ns != null) {
                        meta.put("namespace", ns);
                    }
                    del.put("metadata", meta);
                    String f = "patches/delete-" + fileName(o);
                    out.put("overlays/" + env + "/" + f, HEADER + dump(del));
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("path", f);
                    patches.add(p);
                }
            }
            patches.sort((a, c) -> String.valueOf(a.get("path")).compareTo(String.valueOf(c.get("path"))));
            Map<String, Object> ok = kustomization();
            List<String> sortedResources = new ArrayList<>(resources.subList(1, resources.size()));
            sortedResources.sort(null);
            sortedResources.add(0, "../../base");
            ok.put("resources", sortedResources);
            if (!patches.isEmpty()) {
                ok.put("patches", patches);
            }
            out.put("overlays/" + env + "/kustomization.yaml", HEADER + dump(ok));
        }
        return out;
    }

    /** The generated files as they are on disk now (only the generated folders and files). */
    public static Map<String, String> onDisk() {
        Map<String, String> out = new TreeMap<>();
        Path k8s = Repo.k8s();
        List<Path> roots = new ArrayList<>(List.of(k8s.resolve("base")));
        OVERLAYS.forEach(e -> roots.add(k8s.resolve("overlays").resolve(e)));
        for (Path r : roots) {
            if (!Files.isDirectory(r)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(r)) {
                s.filter(Files::isRegularFile).forEach(f -> out.put(k8s.relativize(f).toString().replace('\\', '/'), Repo.read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Replaces the generated part of k8s/ with {@code files}. */
    public static void write(Map<String, String> files) {
        Path k8s = Repo.k8s();
        Repo.deleteTree(k8s.resolve("base"));
        OVERLAYS.forEach(e -> Repo.deleteTree(k8s.resolve("overlays").resolve(e)));
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = k8s.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> kustomization() {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        k.put("kind", "Kustomization");
        return k;
    }

    private static Map<String, Object> patchEntry(String path, Map<String, Object> o) {
        String av = String.valueOf(o.get("apiVersion"));
        Map<String, Object> target = new LinkedHashMap<>();
        if (av.contains("/")) {
            target.put("group", av.substring(0, av.indexOf('/')));
        }
        target.put("version", av.substring(av.indexOf('/') + 1));
        target.put("kind", o.get("kind"));
        target.put("name", Manifests.name(o));
        Object ns = Yamls.at(o, "metadata", "namespace");
        if (ns != null) {
            target.put("namespace", ns);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("path", path);
        p.put("target", target);
        return p;
    }

    static String fileName(Map<String, Object> o) {
        return String.valueOf(o.get("kind")).toLowerCase() + "-" + Manifests.name(o) + ".yaml";
    }

    /** Block YAML; multi-line strings (scripts, dashboards) as literal blocks. */
    public static String dump(Object data) {
        DumperOptions d = new DumperOptions();
        d.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        d.setIndent(2);
        d.setIndicatorIndent(0);
        d.setWidth(4096);
        d.setSplitLines(false);
        d.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new LiteralRepresenter(d), d).dump(data);
    }

    static final class LiteralRepresenter extends Representer {
        LiteralRepresenter(DumperOptions options) {
            super(options);
            Represent plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> {
                String s = (String) data;
                return s.contains("\n") ? representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL) : plain.representData(data);
            });
        }
    }

    /** Equal as objects, whatever the order of documents and keys. */
    public static List<String> differences(Manifests expected, Manifests actual) {
        List<String> out = new ArrayList<>();
        Map<String, Map<String, Object>> e = expected.byKey();
        Map<String, Map<String, Object>> a = actual.byKey();
        for (String k : e.keySet()) {
            if (!a.containsKey(k)) {
                out.add("missing " + k);
            } else if (!Objects.equals(e.get(k), a.get(k))) {
                out.add("differs " + k + ": " + JsonPatch.diff(e.get(k), a.get(k)));
            }
        }
        for (String k : a.keySet()) {
            if (!e.containsKey(k)) {
                out.add("unexpected " + k);
            }
        }
        return out;
    }
}
