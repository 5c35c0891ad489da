package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform rules, checked on rendered output (Helm or kustomize). Each returns its violations. */
public final class Rules {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet");
    private static final Set<String> OPERATOR_POD_LABELS = Set.of("strimzi.io/cluster", "cnpg.io/cluster");
    private static final Pattern TARGET = Pattern.compile("^http://([a-z0-9-]+):([0-9]+)/?$");

    private Rules() {
    }

    public static List<String> all(Manifests m) {
        List<String> v = new ArrayList<>();
        v.addAll(selectorsMatchPods(m));
        v.addAll(containersHardened(m));
        v.addAll(probesOnServingContainers(m));
        v.addAll(servicePortsTargetContainerPorts(m));
        v.addAll(gatewayTargetsExist(m));
        v.addAll(imagesPinned(m));
        v.addAll(configMapsReferencedExist(m));
        v.addAll(gracefulShutdown(m));
        v.addAll(CustomResourceRules.all(m));
        v.addAll(ApiServerNames.all(m));
        return v;
    }

    /** Workload selectors select their own pods; Services, PDBs, NetworkPolicies, HPAs, ServiceMonitors hit something. */
    @SuppressWarnings("unchecked")
    public static List<String> selectorsMatchPods(Manifests m) {
        List<String> v = new ArrayList<>();
        List<Map<String, String>> servingPods = new ArrayList<>();
        List<Map<String, String>> anyPods = new ArrayList<>();
        for (Map<String, Object> o : m.all()) {
            Map<String, Object> pt = Manifests.podTemplate(o);
            if (pt == null) {
                continue;
            }
            Map<String, String> podLabels = Manifests.labels(pt);
            anyPods.add(podLabels);
            if (WORKLOADS.contains(o.get("kind"))) {
                servingPods.add(podLabels);
                Map<String, Object> sel = Yamls.at(o, "spec", "selector");
                Map<String, String> ml = Yamls.at(o, "spec", "selector", "matchLabels");
                if (sel == null || ml == null || ml.isEmpty() || sel.containsKey("matchExpressions")) {
                    v.add(Manifests.id(o) + ": spec.selector must be non-empty matchLabels");
                } else if (!Manifests.selects(ml, podLabels)) {
                    v.add(Manifests.id(o) + ": selector " + ml + " does not match its pod labels " + podLabels);
                }
                Object tsc = Yamls.at(pt, "spec", "topologySpreadConstraints");
                if (tsc instanceof List<?> list) {
                    for (Object c : list) {
                        Map<String, String> l = Yamls.at(c, "labelSelector", "matchLabels");
                        if (!Manifests.selects(l, podLabels)) {
                            v.add(Manifests.id(o) + ": topologySpreadConstraint selector " + l + " misses its own pods");
                        }
                    }
                }
            }
        }
        for (Map<String, Object> s : m.ofKind("Service")) {
            Map<String, String> sel = Yamls.at(s, "spec", "selector");
            if (sel == null || sel.isEmpty()) {
                v.add(Manifests.id(s) + ": has no selector");
                continue;
            }
            if (servingPods.stream().noneMatch(p -> Manifests.selects(sel, p))) {
                v.add(Manifests.id(s) + ": selector " + sel + " matches no Deployment/StatefulSet pods");
            }
            for (Map<String, Object> j : m.ofKind("Job")) {
                if (Manifests.selects(sel, Manifests.labels(Manifests.podTemplate(j)))) {
                    v.add(Manifests.id(s) + ": selector " + sel + " also matches the pods of " + Manifests.id(j));
                }
            }
        }
        for (Map<String, Object> p : m.ofKind("PodDisruptionBudget")) {
            Map<String, String> sel = Yamls.at(p, "spec", "selector", "matchLabels");
            if (servingPods.stream().noneMatch(l -> Manifests.selects(sel, l))) {
                v.add(Manifests.id(p) + ": selector " + sel + " matches no pods");
            }
        }
        for (Map<String, Object> n : m.ofKind("NetworkPolicy")) {
            Map<String, String> sel = Yamls.at(n, "spec", "podSelector", "matchLabels");
            boolean wholeNamespace = sel == null && Map.of().equals(Yamls.at(n, "spec", "podSelector"));
            // pods an operator creates (Strimzi's brokers, CloudNativePG's instances) are not in the render
            boolean operatorPods = sel != null && OPERATOR_POD_LABELS.stream().anyMatch(sel::containsKey);
            if (!wholeNamespace && !operatorPods && anyPods.stream().noneMatch(l -> Manifests.selects(sel, l))) {
                v.add(Manifests.id(n) + ": podSelector " + sel + " matches no pods");
            }
        }
        for (Map<String, Object> h : m.ofKind("HorizontalPodAutoscaler")) {
            String kind = Yamls.at(h, "spec", "scaleTargetRef", "kind");
            String name = Yamls.at(h, "spec", "scaleTargetRef", "name");
            Map<String, Object> target = m.get(kind, name);
            if (target == null) {
                v.add(Manifests.id(h) + ": scale target " + kind + " " + name + " does not exist");
            } else if (Yamls.at(target, "spec", "replicas") != null) {
                v.add(Manifests.id(h) + ": " + kind + " " + name + " sets spec.replicas, which fights the autoscaler");
            }
        }
        for (Map<String, Object> sm : m.ofKind("ServiceMonitor")) {
            Map<String, String> sel = Yamls.at(sm, "spec", "selector", "matchLabels");
            List<Map<String, Object>> hit = m.ofKind("Service").stream()
                    .filter(s -> Manifests.selects(sel, Manifests.labels(s))).toList();
            if (hit.isEmpty()) {
                v.add(Manifests.id(sm) + ": selector " + sel + " matches no Service");
            }
            for (Map<String, Object> ep : (List<Map<String, Object>>) Yamls.at(sm, "spec", "endpoints")) {
                for (Map<String, Object> s : hit) {
                    List<Map<String, Object>> ports = Yamls.at(s, "spec", "ports");
                    if (ports.stream().noneMatch(p -> Objects.equals(p.get("name"), ep.get("port")))) {
                        v.add(Manifests.id(sm) + ": endpoint port " + ep.get("port") + " is not a port of " + Manifests.id(s));
                    }
                }
            }
        }
        return v;
    }

    /** Every container and init container: requests and limits, non-root, read-only root, no capabilities, seccomp. */
    @SuppressWarnings("unchecked")
    public static List<String> containersHardened(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> o : m.all()) {
            Map<String, Object> pt = Manifests.podTemplate(o);
            if (pt == null) {
                continue;
            }
            Map<String, Object> podSc = Yamls.at(pt, "spec", "securityContext");
            for (Map<String, Object> c : Manifests.containers(pt, true)) {
                String id = Manifests.id(o) + " container " + c.get("name");
                for (String kind : List.of("requests", "limits")) {
                    for (String r : List.of("cpu", "memory")) {
                        if (Yamls.at(c, "resources", kind, r) == null) {
                            v.add(id + ": resources." + kind + "." + r + " is missing");
                        }
                    }
                }
                Map<String, Object> sc = (Map<String, Object>) c.get("securityContext");
                if (sc == null) {
                    v.add(id + ": has no securityContext");
                    continue;
                }
                if (!Boolean.TRUE.equals(sc.get("runAsNonRoot"))
                        && !(podSc != null && Boolean.TRUE.equals(podSc.get("runAsNonRoot")) && !sc.containsKey("runAsNonRoot"))) {
                    v.add(id + ": runAsNonRoot is not true");
                }
                Object uid = sc.containsKey("runAsUser") ? sc.get("runAsUser") : podSc == null ? null : podSc.get("runAsUser");
                if (uid instanceof Number n && n.longValue() == 0) {
                    v.add(id + ": runs as uid 0");
                }
                if (!Boolean.TRUE.equals(sc.get("readOnlyRootFilesystem"))) {
                    v.add(id + ": readOnlyRootFilesystem is not true");
                }
                if (!Boolean.FALSE.equals(sc.get("allowPrivilegeEscalation"))) {
                    v.add(id + ": allowPrivilegeEscalation is not false");
                }
                if (Boolean.TRUE.equals(sc.get("privileged"))) {
                    v.add(id + ": is privileged");
                }
                List<String> drop = Yamls.at(sc, "capabilities", "drop");
                if (drop == null || !drop.contains("ALL")) {
                    v.add(id + ": capabilities.drop does not contain ALL");
                }
                if (Yamls.at(sc, "capabilities", "add") != null) {
                    v.add(id + ": adds capabilities");
                }
                String seccomp = Yamls.at(sc, "seccompProfile", "type");
                String podSeccomp = Yamls.at(podSc, "seccompProfile", "type");
                if (!"RuntimeDefault".equals(seccomp) && !(seccomp == null && "RuntimeDefault".equals(podSeccomp))) {
                    v.add(id + ": seccompProfile is not RuntimeDefault");
                }
            }
        }
        return v;
    }

    /** Every long-running container (Deployment/StatefulSet/DaemonSet) has liveness and readiness probes. */
    public static List<String> probesOnServingContainers(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> o : m.all()) {
            if (!WORKLOADS.contains(o.get("kind"))) {
                continue;
            }
            for (Map<String, Object> c : Manifests.containers(Manifests.podTemplate(o), false)) {
                for (String p : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    if (c.get(p) == null) {
                        v.add(Manifests.id(o) + " container " + c.get("name") + ": " + p + " is missing");
                    }
                }
            }
        }
        return v;
    }

    /** Every Service port's targetPort is a port declared by a container of every pod the Service selects. */
    @SuppressWarnings("unchecked")
    public static List<String> servicePortsTargetContainerPorts(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> s : m.ofKind("Service")) {
            Map<String, String> sel = Yamls.at(s, "spec", "selector");
            List<Map<String, Object>> ports = Yamls.at(s, "spec", "ports");
            if (ports == null || ports.isEmpty()) {
                v.add(Manifests.id(s) + ": has no ports");
                continue;
            }
            for (Map<String, Object> o : m.all()) {
                if (!WORKLOADS.contains(o.get("kind"))) {
                    continue;
                }
                Map<String, Object> pt = Manifests.podTemplate(o);
                if (!Manifests.selects(sel, Manifests.labels(pt))) {
                    continue;
                }
                List<Map<String, Object>> declared = new ArrayList<>();
                for (Map<String, Object> c : Manifests.containers(pt, false)) {
                    Object cp = c.get("ports");
                    if (cp instanceof List) {
                        declared.addAll((List<Map<String, Object>>) cp);
                    }
                }
                for (Map<String, Object> p : ports) {
                    Object target = p.getOrDefault("targetPort", p.get("port"));
                    boolean ok = declared.stream().anyMatch(d -> target instanceof String
                            ? target.equals(d.get("name"))
                            : Objects.equals(String.valueOf(target), String.valueOf(d.get("containerPort"))));
                    if (!ok) {
                        v.add(Manifests.id(s) + ": port " + p.get("name") + " targets " + target + ", which "
                                + Manifests.id(o) + " does not declare");
                    }
                }
            }
        }
        return v;
    }

    /** The gateway's routes, read from its ConfigMap: PITLANE_GATEWAY_TARGETS_<NAME> = http://service:port. */
    public static Map<String, String> gatewayTargets(Manifests m) {
        Map<String, Object> cm = m.get("ConfigMap", "gateway-config");
        Map<String, String> out = new java.util.TreeMap<>();
        if (cm == null) {
            return out;
        }
        Map<String, Object> data = Yamls.at(cm, "data");
        data.forEach((k, val) -> {
            if (k.startsWith("PITLANE_GATEWAY_TARGETS_")) {
                out.put(k, String.valueOf(val));
            }
        });
        return out;
    }

    /** Every service the gateway routes to exists, on that port, with pods that listen on it. */
    @SuppressWarnings("unchecked")
    public static List<String> gatewayTargetsExist(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map.Entry<String, String> t : gatewayTargets(m).entrySet()) {
            Matcher mm = TARGET.matcher(t.getValue());
            if (!mm.matches()) {
                v.add("gateway: " + t.getKey() + "=" + t.getValue() + " is not http://<service>:<port>");
                continue;
            }
            String name = mm.group(1);
            int port = Integer.parseInt(mm.group(2));
            String expectedKey = "PITLANE_GATEWAY_TARGETS_" + name.toUpperCase().replace('-', '_');
            if (!expectedKey.equals(t.getKey())) {
                v.add("gateway: " + t.getKey() + " points at " + name + " (expected variable " + expectedKey + ")");
            }
            Map<String, Object> svc = m.get("Service", name);
            if (svc == null) {
                v.add("gateway routes to " + t.getValue() + " but there is no Service " + name);
                continue;
            }
            List<Map<String, Object>> ports = Yamls.at(svc, "spec", "ports");
            if (ports.stream().noneMatch(p -> Objects.equals(String.valueOf(p.get("port")), String.valueOf(port)))) {
                v.add("gateway routes to " + t.getValue() + " but Service " + name + " has no port " + port);
            }
        }
        return v;
    }

    /** Every image names a version (tag or digest), never "latest". */
    public static List<String> imagesPinned(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> o : m.all()) {
            Map<String, Object> pt = Manifests.podTemplate(o);
            if (pt == null) {
                continue;
            }
            for (Map<String, Object> c : Manifests.containers(pt, true)) {
                String problem = imageProblem(String.valueOf(c.get("image")));
                if (problem != null) {
                    v.add(Manifests.id(o) + " container " + c.get("name") + ": image " + c.get("image") + " " + problem);
                }
            }
        }
        return v;
    }

    public static String imageProblem(String image) {
        if (image.contains("@sha256:")) {
            return image.matches(".*@sha256:[0-9a-f]{64}$") ? null : "has a malformed digest";
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return "has no tag (means latest)";
        }
        String tag = image.substring(colon + 1);
        if (tag.isBlank() || tag.equalsIgnoreCase("latest") || tag.contains("{{") || tag.contains("<no value>")) {
            return "is not pinned";
        }
        return null;
    }

    /** ConfigMaps the pods read (envFrom, volumes) are part of the same render. */
    @SuppressWarnings("unchecked")
    public static List<String> configMapsReferencedExist(Manifests m) {
        List<String> v = new ArrayList<>();
        Set<String> configMaps = new TreeSet<>();
        m.ofKind("ConfigMap").forEach(c -> configMaps.add(Manifests.name(c)));
        for (Map<String, Object> o : m.all()) {
            Map<String, Object> pt = Manifests.podTemplate(o);
            if (pt == null) {
                continue;
            }
            for (Map<String, Object> c : Manifests.containers(pt, true)) {
                Object ef = c.get("envFrom");
                if (ef instanceof List) {
                    for (Map<String, Object> e : (List<Map<String, Object>>) ef) {
                        String name = Yamls.at(e, "configMapRef", "name");
                        if (name != null && !configMaps.contains(name)) {
                            v.add(Manifests.id(o) + ": envFrom ConfigMap " + name + " is not rendered");
                        }
                    }
                }
            }
            Object vols = Yamls.at(pt, "spec", "volumes");
            if (vols instanceof List) {
                for (Map<String, Object> vol : (List<Map<String, Object>>) vols) {
                    String name = Yamls.at(vol, "configMap", "name");
                    if (name != null && !configMaps.contains(name)) {
                        v.add(Manifests.id(o) + ": volume ConfigMap " + name + " is not rendered");
                    }
                }
            }
        }
        return v;
    }

    /** Pitlane servers: a preStop pause and a termination grace long enough for it and Spring's shutdown phase. */
    public static List<String> gracefulShutdown(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> d : m.ofKind("Deployment")) {
            Map<String, Object> pt = Manifests.podTemplate(d);
            if (!"pitlane".equals(Manifests.labels(pt).get("app.kubernetes.io/part-of"))
                    || !"server".equals(Manifests.labels(pt).get("app.kubernetes.io/component"))) {
                continue;
            }
            Number grace = Yamls.at(pt, "spec", "terminationGracePeriodSeconds");
            for (Map<String, Object> c : Manifests.containers(pt, false)) {
                Number sleep = Yamls.at(c, "lifecycle", "preStop", "sleep", "seconds");
                if (sleep == null) {
                    v.add(Manifests.id(d) + ": no preStop sleep: the pod would get SIGTERM while still in the endpoints");
                } else if (grace == null || grace.intValue() < sleep.intValue() + 30) {
                    v.add(Manifests.id(d) + ": terminationGracePeriodSeconds " + grace + " leaves under 30s after the "
                            + sleep + "s preStop for Spring's graceful shutdown");
                }
            }
            Object mu = Yamls.at(d, "spec", "strategy", "rollingUpdate", "maxUnavailable");
            String maxUnavailable = String.valueOf(mu);
            if (!"0".equals(maxUnavailable) && !"0%".equals(maxUnavailable)) {
                v.add(Manifests.id(d) + ": rollingUpdate.maxUnavailable should be 0 (a ready pod replaces each old one)");
            }
        }
        return v;
    }
}
