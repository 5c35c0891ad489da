package dev.pitlane.helm.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of kustomize that k8s/ uses, for machines without kubectl: resources (files and folders with a
 * kustomization.yaml), and patches (RFC 6902 with a target; strategic merge patches that only say
 * "$patch: delete"). Any other kustomization field fails loudly rather than being ignored. Where kubectl is
 * installed, PlainManifestsTest checks that this and `kubectl kustomize` agree.
 */
public final class MiniKustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches");

    private MiniKustomize() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> build(Path dir) {
        Map<String, Object> k = Yamls.loadMap(Repo.read(dir.resolve("kustomization.yaml")));
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new UnsupportedOperationException(dir + "/kustomization.yaml: field '" + key
                        + "' is not supported by MiniKustomize (only " + SUPPORTED + ")");
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String r : (List<String>) k.getOrDefault("resources", List.of())) {
            Path p = dir.resolve(r).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(build(p));
            } else {
                out.addAll(Yamls.loadAll(Repo.read(p)));
            }
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) k.getOrDefault("patches", List.of())) {
            Object content = Yamls.load(Repo.read(dir.resolve(String.valueOf(patch.get("path")))));
            if (content instanceof List) {
                Map<String, Object> target = (Map<String, Object>) patch.get("target");
                List<Map<String, Object>> hits = out.stream().filter(o -> matches(target, o)).toList();
                if (hits.size() != 1) {
                    throw new IllegalStateException("patch " + patch.get("path") + " matches " + hits.size() + " objects");
                }
                JsonPatch.apply(hits.get(0), (List<Map<String, Object>>) content);
            } else if (content instanceof Map && "delete".equals(((Map<String, Object>) content).get("$patch"))) {
                Map<String, Object> d = (Map<String, Object>) content;
                boolean removed = out.removeIf(o -> Objects.equals(o.get("apiVersion"), d.get("apiVersion"))
                        && Objects.equals(o.get("kind"), d.get("kind"))
                        && Objects.equals(Manifests.name(o), Yamls.at(d, "metadata", "name")));
                if (!removed) {
                    throw new IllegalStateException("delete patch " + patch.get("path") + " matches nothing");
                }
            } else {
                throw new UnsupportedOperationException("patch " + patch.get("path") + ": only RFC 6902 and $patch: delete");
            }
        }
        return out;
    }

    private static boolean matches(Map<String, Object> target, Map<String, Object> o) {
        String av = String.valueOf(o.get("apiVersion"));
        String group = av.contains("/") ? av.substring(0, av.indexOf('/')) : "";
        String version = av.substring(av.indexOf('/') + 1);
        return Objects.equals(target.getOrDefault("group", ""), group)
                && Objects.equals(target.get("version"), version)
                && Objects.equals(target.get("kind"), o.get("kind"))
                && Objects.equals(target.get("name"), Manifests.name(o))
                && (target.get("namespace") == null
                || Objects.equals(target.get("namespace"), Yamls.at(o, "metadata", "namespace")));
    }
}
