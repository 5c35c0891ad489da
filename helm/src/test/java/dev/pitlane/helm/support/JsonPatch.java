package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The RFC 6902 patch (add/replace/remove) that turns one object into another: how k8s/ overlays say what differs
 * from the base. `kubectl kustomize` applies them; {@code PlainManifestsTest} checks the result.
 */
public final class JsonPatch {

    private JsonPatch() {
    }

    /** The operations that turn {@code from} into {@code to}: maps key by key, lists element by element when
     *  their lengths agree and as a whole otherwise. */
    public static List<Map<String, Object>> diff(Object from, Object to) {
        List<Map<String, Object>> ops = new ArrayList<>();
        diff("", from, to, ops);
        return ops;
    }

    @SuppressWarnings("unchecked")
    private static void diff(String path, Object from, Object to, List<Map<String, Object>> ops) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from instanceof Map && to instanceof Map) {
            Map<String, Object> f = (Map<String, Object>) from;
            Map<String, Object> t = (Map<String, Object>) to;
            for (Map.Entry<String, Object> e : f.entrySet()) {
                String p = path + "/" + escape(e.getKey());
                if (!t.containsKey(e.getKey())) {
                    ops.add(op("remove", p, null));
                } else {
                    diff(p, e.getValue(), t.get(e.getKey()), ops);
                }
            }
            for (Map.Entry<String, Object> e : t.entrySet()) {
                if (!f.containsKey(e.getKey())) {
                    ops.add(op("add", path + "/" + escape(e.getKey()), e.getValue()));
                }
            }
        } else if (from instanceof List && to instanceof List && ((List<?>) from).size() == ((List<?>) to).size()) {
            List<Object> f = (List<Object>) from;
            List<Object> t = (List<Object>) to;
            for (int i = 0; i < f.size(); i++) {
                diff(path + "/" + i, f.get(i), t.get(i), ops);
            }
        } else {
            ops.add(op("replace", path, to));
        }
    }

    private static Map<String, Object> op(String op, String path, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", op);
        m.put("path", path);
        if (!"remove".equals(op)) {
            m.put("value", value);
        }
        return m;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
