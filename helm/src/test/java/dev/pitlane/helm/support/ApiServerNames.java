package dev.pitlane.helm.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API server's rules on names, labels and selectors, as k8s.io/apimachinery/pkg/util/validation states them
 * (IsDNS1123Subdomain, IsDNS1123Label, IsDNS1035Label, IsQualifiedName, IsValidLabelValue): an object the server
 * would refuse for its name or a label, e.g. with an image digest copied into a label value, fails here.
 */
public final class ApiServerNames {

    /** Kinds whose names must be DNS-1035 labels (a letter first, at most 63 characters). */
    private static final Set<String> DNS_LABEL_NAMES = Set.of("Service", "Namespace");
    /** Keys whose value is a label map wherever they appear: metadata, selectors, peers, spread constraints. */
    private static final Set<String> LABEL_MAPS = Set.of("labels", "matchLabels");

    private static final String DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_LABEL + "(\\." + DNS1123_LABEL + ")*");
    private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern QUALIFIED_NAME_PART = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    private ApiServerNames() {
    }

    static boolean isDns1123Subdomain(String s) {
        return s.length() <= 253 && DNS1123_SUBDOMAIN.matcher(s).matches();
    }

    static boolean isDns1123Label(String s) {
        return s.length() <= 63 && Pattern.matches(DNS1123_LABEL, s);
    }

    static boolean isDns1035Label(String s) {
        return s.length() <= 63 && DNS1035_LABEL.matcher(s).matches();
    }

    /** A label key: an optional DNS subdomain prefix and "/", then a name of at most 63 characters. */
    static boolean isQualifiedName(String s) {
        int slash = s.indexOf('/');
        String name = slash < 0 ? s : s.substring(slash + 1);
        if (slash >= 0 && (!isDns1123Subdomain(s.substring(0, slash)) || name.contains("/"))) {
            return false;
        }
        return name.length() <= 63 && QUALIFIED_NAME_PART.matcher(name).matches();
    }

    static boolean isLabelValue(String s) {
        return s.length() <= 63 && LABEL_VALUE.matcher(s).matches();
    }

    public static List<String> all(Manifests m) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> o : m.all()) {
            String id = Manifests.id(o);
            String kind = String.valueOf(o.get("kind"));
            String name = Manifests.name(o);
            boolean nameOk = DNS_LABEL_NAMES.contains(kind) ? isDns1035Label(name) : isDns1123Subdomain(name);
            if (!nameOk) {
                v.add(id + ": metadata.name '" + name + "' is not a valid " + kind + " name");
            }
            Object ns = Yamls.at(o, "metadata", "namespace");
            if (ns != null && !isDns1123Label(String.valueOf(ns))) {
                v.add(id + ": metadata.namespace '" + ns + "' is not a valid namespace name");
            }
            labels(o, "", id, v);
            if ("Service".equals(kind)) {
                checkLabels(Yamls.at(o, "spec", "selector"), ".spec.selector", id, v);
            }
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static void labels(Object node, String path, String id, List<String> v) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                String p = path + "." + e.getKey();
                if (LABEL_MAPS.contains(e.getKey()) && e.getValue() instanceof Map) {
                    checkLabels(e.getValue(), p, id, v);
                } else if (!"annotations".equals(e.getKey()) && !"data".equals(e.getKey())) {
                    labels(e.getValue(), p, id, v);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                labels(list.get(i), path + "[" + i + "]", id, v);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkLabels(Object labels, String path, String id, List<String> v) {
        if (!(labels instanceof Map)) {
            return;
        }
        ((Map<String, Object>) labels).forEach((k, val) -> {
            if (!isQualifiedName(k) || !(val instanceof String s) || !isLabelValue(s)) {
                v.add(id + ": " + path + " '" + k + ": " + val + "' is not a valid label");
            }
        });
    }
}
