package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** RFC 6902 JSON patches: a diff that produces them (add/replace/remove) and an application of them. */
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

    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Applies the operations to {@code doc} in place (add, replace, remove; nothing else is needed here). */
    @SuppressWarnings("unchecked")
    public static void apply(Map<String, Object> doc, List<Map<String, Object>> ops) {
        for (Map<String, Object> op : ops) {
            String path = String.valueOf(op.get("path"));
            String kind = String.valueOf(op.get("op"));
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("JSON pointer must start with /: " + path);
            }
            String[] tokens = path.substring(1).split("/", -1);
            Object parent = doc;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]), path);
            }
            String last = unescape(tokens[tokens.length - 1]);
            Object value = deepCopy(op.get("value"));
            if (parent instanceof Map) {
                Map<String, Object> m = (Map<String, Object>) parent;
                switch (kind) {
                    case "add" -> m.put(last, value);
                    case "replace" -> {
                        if (!m.containsKey(last)) {
                            throw new IllegalArgumentException("replace of a missing member " + path);
                        }
                        m.put(last, value);
                    }
                    case "remove" -> {
                        if (m.remove(last) == null) {
                            throw new IllegalArgumentException("remove of a missing member " + path);
                        }
                    }
                    default -> throw new IllegalArgumentException("unsupported op " + kind);
                }
            } else if (parent instanceof List) {
                List<Object> l = (List<Object>) parent;
                int idx = last.equals("-") ? l.size() : Integer.parseInt(last);
                switch (kind) {
                    case "add" -> l.add(idx, value);
                    case "replace" -> l.set(idx, value);
                    case "remove" -> l.remove(idx);
                    default -> throw new IllegalArgumentException("unsupported op " + kind);
                }
            } else {
                throw new IllegalArgumentException("no container at " + path);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object parent, String token, String path) {
        Object c;
        if (parent instanceof Map) {
            c = ((Map<String, Object>) parent).get(token);
        } else if (parent instanceof List) {
            c = ((List<Object>) parent).get(Integer.parseInt(token));
        } else {
            c = null;
        }
        if (c == null) {
            throw new IllegalArgumentException("path " + path + " does not exist at " + token);
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    public static Object deepCopy(Object o) {
        if (o instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<String, Object>) o).forEach((k, v) -> m.put(k, deepCopy(v)));
            return m;
        }
        if (o instanceof List) {
            List<Object> l = new ArrayList<>();
            ((List<Object>) o).forEach(v -> l.add(deepCopy(v)));
            return l;
        }
        return o;
    }
}
