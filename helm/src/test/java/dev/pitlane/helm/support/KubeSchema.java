package dev.pitlane.helm.support;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict parsing of manifests against the Kubernetes API types of io.kubernetes:client-java-api.
 *
 * <p>Every generated model of client-java-api checks, while it is read, that the JSON has no field the
 * type does not declare and every field the type requires, recursively (V1Deployment -> V1DeploymentSpec
 * -> V1PodTemplateSpec -> V1PodSpec -> V1Container ...). So {@code containerz:} or a container without a
 * {@code name} fail here, as they would fail on the API server. Custom resources (Strimzi, prometheus-operator,
 * Gateway API) are not in that library: {@link CustomResources} parses them with the operators' models.
 */
public final class KubeSchema {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    /** API groups served by Kubernetes itself ("" is the core group). */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io", "storage.k8s.io", "scheduling.k8s.io",
            "coordination.k8s.io", "discovery.k8s.io", "admissionregistration.k8s.io", "apiextensions.k8s.io",
            "certificates.k8s.io", "node.k8s.io");
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    private KubeSchema() {
    }

    /** The errors of one manifest; empty when it parses strictly. */
    public static List<String> validate(Map<String, Object> manifest) {
        List<String> errors = new ArrayList<>();
        Object apiVersion = manifest.get("apiVersion");
        Object kind = manifest.get("kind");
        String id = Manifests.id(manifest);
        if (!(apiVersion instanceof String av) || av.isBlank() || !(kind instanceof String k) || k.isBlank()) {
            errors.add(id + ": apiVersion and kind are required");
            return errors;
        }
        String group = av.contains("/") ? av.substring(0, av.indexOf('/')) : "";
        String version = av.contains("/") ? av.substring(av.indexOf('/') + 1) : av;
        if (!BUILT_IN_GROUPS.contains(group)) {
            CustomResources.validate(manifest, errors);
            return errors;
        }
        Class<?> type = modelClass(version, k);
        if (type == null) {
            errors.add(id + ": " + av + " " + k + " is not a Kubernetes API type (typo in apiVersion or kind?)");
            return errors;
        }
        try {
            parse(type, GSON.toJsonTree(manifest));
        } catch (IllegalArgumentException | IllegalStateException | com.google.gson.JsonParseException e) {
            errors.add(id + ": " + e.getMessage());
        }
        return errors;
    }

    /** Parses a JSON tree strictly as the given client-java model type; throws on any violation. */
    public static Object parse(Class<?> type, JsonElement json) {
        try {
            Method fromJson = type.getMethod("fromJson", String.class);
            return fromJson.invoke(null, json.toString());
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            throw new IllegalArgumentException(c.getClass().getSimpleName() + ": " + c.getMessage(), c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no fromJson(String)", e);
        }
    }

    static Class<?> modelClass(String version, String kind) {
        String v = Character.toUpperCase(version.charAt(0)) + version.substring(1);
        try {
            Class<?> c = Class.forName(MODELS + v + kind);
            c.getMethod("fromJson", String.class);
            return c;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return null;
        }
    }
}
