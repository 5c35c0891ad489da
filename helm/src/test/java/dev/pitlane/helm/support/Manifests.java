package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A parsed set of manifests, keyed by apiVersion/kind/namespace/name. */
public final class Manifests {

    private final List<Map<String, Object>> items;

    public Manifests(List<Map<String, Object>> items) {
        this.items = List.copyOf(items);
    }

    public static Manifests parse(String yaml) {
        return new Manifests(Yamls.loadAll(yaml));
    }

    public List<Map<String, Object>> all() {
        return items;
    }

    public List<Map<String, Object>> ofKind(String kind) {
        return items.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    public Map<String, Object> get(String kind, String name) {
        return items.stream().filter(m -> kind.equals(m.get("kind")) && name.equals(name(m))).findFirst().orElse(null);
    }

    /** By key, for comparing two renders whatever their order. */
    public Map<String, Map<String, Object>> byKey() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> m : items) {
            Map<String, Object> prev = out.put(key(m), m);
            if (prev != null) {
                throw new IllegalStateException("two objects are " + key(m));
            }
        }
        return out;
    }

    public static String key(Map<String, Object> m) {
        return m.get("apiVersion") + "/" + m.get("kind") + "/" + Objects.toString(Yamls.at(m, "metadata", "namespace"), "")
                + "/" + name(m);
    }

    public static String id(Map<String, Object> m) {
        return m.get("kind") + " " + name(m);
    }

    public static String name(Map<String, Object> m) {
        return Objects.toString(Yamls.at(m, "metadata", "name"), "");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> labels(Object metadataOwner) {
        Object l = Yamls.at(metadataOwner, "metadata", "labels");
        return l instanceof Map ? (Map<String, String>) l : Map.of();
    }

    /** The pod template of a workload or Job, or the Pod itself (null for other kinds). */
    public static Map<String, Object> podTemplate(Map<String, Object> m) {
        return switch (String.valueOf(m.get("kind"))) {
            case "Pod" -> m;
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> Yamls.at(m, "spec", "template");
            case "CronJob" -> Yamls.at(m, "spec", "jobTemplate", "spec", "template");
            default -> null;
        };
    }

    /** Containers and init containers of a pod template, each tagged with whether it is an init container. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> containers(Map<String, Object> podTemplate, boolean includeInit) {
        List<Map<String, Object>> out = new ArrayList<>();
        Object c = Yamls.at(podTemplate, "spec", "containers");
        if (c instanceof List) {
            out.addAll((List<Map<String, Object>>) c);
        }
        Object i = Yamls.at(podTemplate, "spec", "initContainers");
        if (includeInit && i instanceof List) {
            out.addAll((List<Map<String, Object>>) i);
        }
        return out;
    }

    public static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }
}
