package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structural schemas of the custom resources the chart renders (Strimzi: Kafka, KafkaNodePool, KafkaTopic;
 * Prometheus operator: ServiceMonitor, PodMonitor, PrometheusRule). Their CRDs are not in
 * client-java-api, so this is a small schema of our own: the fields the chart uses and those next to
 * them in the operators' CRDs, closed (an unknown field fails, as the API server's structural schema
 * would reject or prune it), with the required ones, the types and the enumerations. Nested Kubernetes
 * types (ObjectMeta, LabelSelector, ResourceRequirements) are checked strictly with client-java-api.
 */
public final class CrdSchemas {

    private CrdSchemas() {
    }

    // ---- a tiny schema language -------------------------------------------------------------------------
    sealed interface S permits Obj, Arr, Str, Int, Bool, MapOf, Any, K8s, Scalar {
    }

    record Obj(Map<String, S> props, Set<String> required) implements S {
    }

    record Arr(S items, int minItems) implements S {
    }

    record Str(Pattern pattern, Set<String> oneOf) implements S {
    }

    record Int(long min, long max) implements S {
    }

    record Bool() implements S {
    }

    record MapOf(S values) implements S {
    }

    /** Free-form (the operator's CRD has x-kubernetes-preserve-unknown-fields here). */
    record Any() implements S {
    }

    /** A string, number or boolean (Kafka configuration values). */
    record Scalar() implements S {
    }

    /** A nested Kubernetes type, parsed strictly with client-java-api. */
    record K8s(String model) implements S {
    }

    static Obj obj(String required, Object... kv) {
        Map<String, S> props = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            props.put((String) kv[i], (S) kv[i + 1]);
        }
        Set<String> req = new HashSet<>();
        for (String r : required.split(",")) {
            if (!r.isBlank()) {
                req.add(r.trim());
            }
        }
        return new Obj(props, req);
    }

    static Arr arr(S items) {
        return new Arr(items, 0);
    }

    static Arr arr1(S items) {
        return new Arr(items, 1);
    }

    static Str str() {
        return new Str(null, null);
    }

    static Str str(String regex) {
        return new Str(Pattern.compile(regex), null);
    }

    static Str oneOf(String... values) {
        return new Str(null, Set.of(values));
    }

    static Int integer(long min, long max) {
        return new Int(min, max);
    }

    static final S BOOL = new Bool();
    static final S ANY = new Any();
    static final S SCALAR = new Scalar();
    static final S STRINGS = new MapOf(str());
    /** Prometheus duration, e.g. 30s, 5m, 1h30m. */
    static final S DURATION = str("^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$");
    static final S META = new K8s("V1ObjectMeta");
    static final S SELECTOR = new K8s("V1LabelSelector");
    static final S RESOURCES = new K8s("V1ResourceRequirements");
    static final S RELABELINGS = arr(obj("", "sourceLabels", arr(str()), "separator", str(), "targetLabel", str(),
            "regex", str(), "modulus", integer(0, Long.MAX_VALUE), "replacement", str(),
            "action", oneOf("replace", "Replace", "keep", "Keep", "drop", "Drop", "hashmod", "HashMod", "labelmap",
                    "LabelMap", "labeldrop", "LabelDrop", "labelkeep", "LabelKeep", "lowercase", "Lowercase",
                    "uppercase", "Uppercase", "keepequal", "KeepEqual", "dropequal", "DropEqual")));

    // ---- Strimzi ---------------------------------------------------------------------------------------
    static final S STRIMZI_VOLUME = obj("type", "id", integer(0, Long.MAX_VALUE),
            "type", oneOf("ephemeral", "persistent-claim"), "size", str("^[0-9]+([KMGTPE]i?)?$"), "class", str(),
            "deleteClaim", BOOL, "kraftMetadata", oneOf("shared"), "selector", STRINGS, "sizeLimit", str(),
            "overrides", arr(ANY));
    static final S STRIMZI_STORAGE = obj("type", "type", oneOf("jbod", "ephemeral", "persistent-claim"),
            "volumes", arr1(STRIMZI_VOLUME), "size", str(), "class", str(), "deleteClaim", BOOL, "kraftMetadata",
            oneOf("shared"), "sizeLimit", str());
    static final S JVM_OPTIONS = obj("", "-Xms", str(), "-Xmx", str(), "gcLoggingEnabled", BOOL,
            "javaSystemProperties", arr(obj("name,value", "name", str(), "value", str())), "-XX", new MapOf(str()));
    static final S LISTENER = obj("name,port,type,tls", "name", str("^[a-z0-9]{1,11}$"),
            "port", integer(9092, 65535), "type", oneOf("internal", "route", "loadbalancer", "nodeport", "ingress",
                    "cluster-ip"), "tls", BOOL, "authentication", ANY, "configuration", ANY, "networkPolicyPeers", arr(ANY));
    static final S KAFKA = obj("spec", "apiVersion", str(), "kind", str(), "metadata", META, "spec",
            obj("kafka", "kafka", obj("listeners", "version", str("^[0-9]+\\.[0-9]+\\.[0-9]+$"), "metadataVersion",
                            str("^[0-9]+\\.[0-9]+(-IV[0-9]+)?$"), "listeners", arr1(LISTENER), "config", new MapOf(SCALAR),
                            "authorization", ANY, "rack", ANY, "resources", RESOURCES, "jvmOptions", JVM_OPTIONS,
                            "template", ANY, "metricsConfig", ANY, "logging", ANY, "brokerRackInitImage", str(),
                            "image", str(), "livenessProbe", ANY, "readinessProbe", ANY, "quotas", ANY, "tieredStorage", ANY),
                    "entityOperator", obj("", "topicOperator", ANY, "userOperator", ANY, "template", ANY),
                    "kafkaExporter", obj("", "image", str(), "topicRegex", str(), "topicExcludeRegex", str(),
                            "groupRegex", str(), "groupExcludeRegex", str(), "resources", RESOURCES, "logging", str(),
                            "livenessProbe", ANY, "readinessProbe", ANY, "enableSaramaLogging", BOOL,
                            "showAllOffsets", BOOL, "template", ANY),
                    "cruiseControl", ANY, "clientsCa", ANY, "clusterCa", ANY, "maintenanceTimeWindows", arr(str())),
            "status", ANY);
    static final S NODE_POOL = obj("spec,metadata", "apiVersion", str(), "kind", str(), "metadata", META, "spec",
            obj("replicas,roles,storage", "replicas", integer(0, 1000), "roles", arr1(oneOf("controller", "broker")),
                    "storage", STRIMZI_STORAGE, "resources", RESOURCES, "jvmOptions", JVM_OPTIONS, "template", ANY),
            "status", ANY);
    static final S KAFKA_TOPIC = obj("spec,metadata", "apiVersion", str(), "kind", str(), "metadata", META, "spec",
            obj("partitions,replicas", "topicName", str("^[a-zA-Z0-9._-]{1,249}$"), "partitions", integer(1, 10000),
                    "replicas", integer(1, 32767), "config", new MapOf(SCALAR)),
            "status", ANY);

    // ---- Prometheus operator ---------------------------------------------------------------------------
    static final S ENDPOINT = obj("", "port", str(), "targetPort", ANY, "path", str("^/.*"), "scheme",
            oneOf("http", "https"), "interval", DURATION, "scrapeTimeout", DURATION, "honorLabels", BOOL,
            "honorTimestamps", BOOL, "relabelings", RELABELINGS, "metricRelabelings", RELABELINGS, "tlsConfig", ANY,
            "authorization", ANY, "basicAuth", ANY, "bearerTokenSecret", ANY, "params", ANY, "followRedirects", BOOL,
            "enableHttp2", BOOL, "filterRunning", BOOL);
    static final S SERVICE_MONITOR = obj("spec,metadata", "apiVersion", str(), "kind", str(), "metadata", META, "spec",
            obj("selector,endpoints", "selector", SELECTOR, "endpoints", arr1(ENDPOINT), "namespaceSelector",
                    obj("", "any", BOOL, "matchNames", arr(str())), "jobLabel", str(), "targetLabels", arr(str()),
                    "podTargetLabels", arr(str()), "sampleLimit", integer(0, Long.MAX_VALUE), "attachMetadata", ANY));
    static final S POD_MONITOR = obj("spec,metadata", "apiVersion", str(), "kind", str(), "metadata", META, "spec",
            obj("selector", "selector", SELECTOR, "podMetricsEndpoints", arr1(ENDPOINT), "namespaceSelector",
                    obj("", "any", BOOL, "matchNames", arr(str())), "jobLabel", str(), "podTargetLabels", arr(str()),
                    "sampleLimit", integer(0, Long.MAX_VALUE), "attachMetadata", ANY));
    static final S RULE = obj("expr", "alert", str("^[A-Za-z_][A-Za-z0-9_]*$"), "record", str("^[a-zA-Z_:][a-zA-Z0-9_:]*$"),
            "expr", str("(?s).*\\S.*"), "for", DURATION, "keep_firing_for", DURATION, "labels", STRINGS,
            "annotations", STRINGS);
    static final S PROMETHEUS_RULE = obj("spec,metadata", "apiVersion", str(), "kind", str(), "metadata", META,
            "spec", obj("groups", "groups", arr1(obj("name,rules", "name", str("^\\S+$"), "interval", DURATION,
                    "limit", integer(0, Long.MAX_VALUE), "partial_response_strategy", str(), "rules", arr1(RULE)))));

    static final Map<String, S> KINDS = Map.of(
            "kafka.strimzi.io/Kafka", KAFKA,
            "kafka.strimzi.io/KafkaNodePool", NODE_POOL,
            "kafka.strimzi.io/KafkaTopic", KAFKA_TOPIC,
            "monitoring.coreos.com/ServiceMonitor", SERVICE_MONITOR,
            "monitoring.coreos.com/PodMonitor", POD_MONITOR,
            "monitoring.coreos.com/PrometheusRule", PROMETHEUS_RULE);
    static final Map<String, Set<String>> VERSIONS = Map.of(
            "kafka.strimzi.io", Set.of("v1", "v1beta2"),
            "monitoring.coreos.com", Set.of("v1"));

    /** Adds the errors of one custom resource to {@code errors}. */
    public static void validate(Map<String, Object> m, List<String> errors) {
        String av = String.valueOf(m.get("apiVersion"));
        String group = av.contains("/") ? av.substring(0, av.indexOf('/')) : "";
        String version = av.substring(av.indexOf('/') + 1);
        String id = Manifests.id(m);
        S schema = KINDS.get(group + "/" + m.get("kind"));
        if (schema == null || !VERSIONS.getOrDefault(group, Set.of()).contains(version)) {
            errors.add(id + ": no schema for " + av + " " + m.get("kind") + " (not a kind this chart is allowed to render)");
            return;
        }
        check(schema, m, id, errors);
        if ("PrometheusRule".equals(m.get("kind"))) {
            checkRules(m, id, errors);
        }
        if ("KafkaTopic".equals(m.get("kind")) || "KafkaNodePool".equals(m.get("kind"))) {
            if (Manifests.labels(m).get("strimzi.io/cluster") == null) {
                errors.add(id + ": label strimzi.io/cluster is required (the operator ignores the resource without it)");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void check(S s, Object v, String path, List<String> errors) {
        if (s instanceof Any) {
            return;
        }
        if (s instanceof Obj o) {
            if (!(v instanceof Map)) {
                errors.add(path + ": expected an object, got " + describe(v));
                return;
            }
            Map<String, Object> map = (Map<String, Object>) v;
            for (String r : o.required()) {
                if (map.get(r) == null) {
                    errors.add(path + ": required field '" + r + "' is missing");
                }
            }
            for (Map.Entry<String, Object> e : map.entrySet()) {
                S p = o.props().get(e.getKey());
                if (p == null) {
                    errors.add(path + ": unknown field '" + e.getKey() + "' (allowed: " + o.props().keySet() + ")");
                } else if (e.getValue() != null) {
                    check(p, e.getValue(), path + "." + e.getKey(), errors);
                }
            }
        } else if (s instanceof Arr a) {
            if (!(v instanceof List<?> list)) {
                errors.add(path + ": expected a list, got " + describe(v));
                return;
            }
            if (list.size() < a.minItems()) {
                errors.add(path + ": needs at least " + a.minItems() + " item(s)");
            }
            for (int i = 0; i < list.size(); i++) {
                check(a.items(), list.get(i), path + "[" + i + "]", errors);
            }
        } else if (s instanceof Str st) {
            if (!(v instanceof String str)) {
                errors.add(path + ": expected a string, got " + describe(v));
                return;
            }
            if (st.pattern() != null && !st.pattern().matcher(str).matches()) {
                errors.add(path + ": '" + str + "' does not match " + st.pattern());
            }
            if (st.oneOf() != null && !st.oneOf().contains(str)) {
                errors.add(path + ": '" + str + "' is not one of " + st.oneOf());
            }
        } else if (s instanceof Int in) {
            if (!(v instanceof Integer || v instanceof Long)) {
                errors.add(path + ": expected an integer, got " + describe(v));
                return;
            }
            long n = ((Number) v).longValue();
            if (n < in.min() || n > in.max()) {
                errors.add(path + ": " + n + " is out of range [" + in.min() + ", " + in.max() + "]");
            }
        } else if (s instanceof Bool) {
            if (!(v instanceof Boolean)) {
                errors.add(path + ": expected a boolean, got " + describe(v));
            }
        } else if (s instanceof Scalar) {
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                errors.add(path + ": expected a string, number or boolean, got " + describe(v));
            }
        } else if (s instanceof MapOf mo) {
            if (!(v instanceof Map)) {
                errors.add(path + ": expected a map, got " + describe(v));
                return;
            }
            ((Map<String, Object>) v).forEach((k, val) -> check(mo.values(), val, path + "." + k, errors));
        } else if (s instanceof K8s k) {
            try {
                KubeSchema.parseFragment(k.model(), v);
            } catch (IllegalArgumentException | com.google.gson.JsonParseException e) {
                errors.add(path + ": " + e.getMessage());
            }
        }
    }

    /** House rules on alerts: exactly one of alert/record, a severity, a summary, a well-formed expression. */
    @SuppressWarnings("unchecked")
    static void checkRules(Map<String, Object> m, String id, List<String> errors) {
        List<Map<String, Object>> groups = Yamls.at(m, "spec", "groups");
        if (groups == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (Map<String, Object> g : groups) {
            if (!names.add(String.valueOf(g.get("name")))) {
                errors.add(id + ": duplicate rule group " + g.get("name"));
            }
            for (Map<String, Object> r : (List<Map<String, Object>>) g.getOrDefault("rules", List.of())) {
                String name = String.valueOf(r.getOrDefault("alert", r.get("record")));
                if ((r.get("alert") == null) == (r.get("record") == null)) {
                    errors.add(id + ": rule " + name + " needs exactly one of alert and record");
                }
                if (r.get("alert") != null) {
                    Object sev = Yamls.at(r, "labels", "severity");
                    if (!Set.of("critical", "warning", "info").contains(String.valueOf(sev))) {
                        errors.add(id + ": alert " + name + " needs labels.severity critical|warning|info");
                    }
                    if (Yamls.at(r, "annotations", "summary") == null) {
                        errors.add(id + ": alert " + name + " needs annotations.summary");
                    }
                }
                String expr = String.valueOf(r.get("expr"));
                String problem = PromQl.problem(expr);
                if (problem != null) {
                    errors.add(id + ": rule " + name + ": " + problem + " in: " + expr.strip());
                }
            }
        }
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }

    /** Only a sanity check of an expression: balanced brackets and quotes, no template left over. */
    static final class PromQl {
        static String problem(String expr) {
            if (expr.contains("{{") || expr.contains("<no value>")) {
                return "unrendered template";
            }
            List<Character> stack = new ArrayList<>();
            char quote = 0;
            for (int i = 0; i < expr.length(); i++) {
                char c = expr.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                    continue;
                }
                if (c == '"' || c == '\'' || c == '`') {
                    quote = c;
                } else if (c == '(' || c == '[' || c == '{') {
                    stack.add(c);
                } else if (c == ')' || c == ']' || c == '}') {
                    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (stack.isEmpty() || stack.remove(stack.size() - 1) != open) {
                        return "unbalanced '" + c + "'";
                    }
                }
            }
            if (quote != 0) {
                return "unterminated string";
            }
            return stack.isEmpty() ? null : "unclosed '" + stack.get(stack.size() - 1) + "'";
        }
    }
}
