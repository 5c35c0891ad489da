package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** Strict YAML: duplicate keys are an error; only plain data types. */
public final class Yamls {

    private Yamls() {
    }

    private static Yaml loader() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setCodePointLimit(64 * 1024 * 1024);
        return new Yaml(new SafeConstructor(o));
    }

    public static Object load(String text) {
        return loader().load(text);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> loadMap(String text) {
        Object o = load(text);
        if (o == null) {
            return new LinkedHashMap<>();
        }
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("expected a YAML mapping, got " + o.getClass().getSimpleName());
        }
        return (Map<String, Object>) o;
    }

    /** Every non-empty document of a multi-document stream. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> loadAll(String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : loader().loadAll(text)) {
            if (o == null) {
                continue;
            }
            if (!(o instanceof Map)) {
                throw new IllegalArgumentException("a manifest must be a YAML mapping, got: " + o);
            }
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    public static String dump(Object data) {
        DumperOptions d = new DumperOptions();
        d.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        d.setIndent(2);
        d.setIndicatorIndent(0);
        d.setWidth(4096);
        d.setSplitLines(false);
        d.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new Representer(d), d).dump(data);
    }

    /** Helm's merge of values files: maps merge key by key, anything else replaces, null deletes. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mergeValues(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (Map.Entry<String, Object> e : over.entrySet()) {
            Object cur = out.get(e.getKey());
            if (e.getValue() == null) {
                out.remove(e.getKey());
            } else if (cur instanceof Map && e.getValue() instanceof Map) {
                out.put(e.getKey(), mergeValues((Map<String, Object>) cur, (Map<String, Object>) e.getValue()));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Follows a path of map keys; null when absent. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Object root, String... path) {
        Object cur = root;
        for (String k : path) {
            if (!(cur instanceof Map)) {
                return null;
            }
            cur = ((Map<String, Object>) cur).get(k);
        }
        return (T) cur;
    }
}
