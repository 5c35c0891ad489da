package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The platform's rules on custom resources: what the operators would silently ignore, and the alert conventions. */
public final class CustomResourceRules {

    private static final Set<String> STRIMZI_KINDS = Set.of("KafkaTopic", "KafkaUser", "KafkaNodePool");

    private CustomResourceRules() {
    }

    public static List<String> all(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> o : m.all()) {
            String id = Manifests.id(o);
            if (STRIMZI_KINDS.contains(String.valueOf(o.get("kind")))
                    && Manifests.labels(o).get("strimzi.io/cluster") == null) {
                v.add(id + ": label strimzi.io/cluster is required (the operator ignores the resource without it)");
            }
            if ("PrometheusRule".equals(o.get("kind"))) {
                alerts(o, id, v);
            }
        }
        return v;
    }

    /** Exactly one of alert/record, a severity, a summary, a well-formed expression, unique group names. */
    @SuppressWarnings("unchecked")
    static void alerts(Map<String, Object> m, String id, List<String> errors) {
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
                String problem = expressionProblem(expr);
                if (problem != null) {
                    errors.add(id + ": rule " + name + ": " + problem + " in: " + expr.strip());
                }
            }
        }
    }

    /** Only a sanity check of an expression: balanced brackets and quotes, no template left over. */
    static String expressionProblem(String expr) {
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
