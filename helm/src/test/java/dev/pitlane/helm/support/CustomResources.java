package dev.pitlane.helm.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict parsing of the custom resources the chart renders, with the operators' own models: Strimzi's API
 * module (the classes its CRDs are generated from) and fabric8's models generated from the
 * prometheus-operator and Gateway API CRDs.
 *
 * <p>Those models keep unknown fields in an "additional properties" map, as the operators tolerate them; here
 * that map is switched off, so an unknown field fails as `kubectl apply --validate=strict` fails on a CRD's
 * structural schema. Wrong types fail too (no string-to-number coercion), and Strimzi's enumerations.
 */
public final class CustomResources {

    private record Model(Set<String> apiVersions, Class<?> type) {
    }

    private static final Set<String> STRIMZI = Set.of("kafka.strimzi.io/v1", "kafka.strimzi.io/v1beta2");
    private static final Set<String> MONITORING = Set.of("monitoring.coreos.com/v1");
    private static final Map<String, Model> MODELS = Map.of(
            "Kafka", new Model(STRIMZI, io.strimzi.api.kafka.model.kafka.Kafka.class),
            "KafkaNodePool", new Model(STRIMZI, io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            "KafkaTopic", new Model(STRIMZI, io.strimzi.api.kafka.model.topic.KafkaTopic.class),
            "KafkaUser", new Model(STRIMZI, io.strimzi.api.kafka.model.user.KafkaUser.class),
            "ServiceMonitor", new Model(MONITORING, io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
            "PodMonitor", new Model(MONITORING, io.fabric8.openshift.api.model.monitoring.v1.PodMonitor.class),
            "PrometheusRule", new Model(MONITORING, io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class),
            "HTTPRoute", new Model(Set.of("gateway.networking.k8s.io/v1"),
                    io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class));

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                             BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }))
            .build();

    private CustomResources() {
    }

    /** Whether a model of this custom resource kind is known here. */
    public static boolean known(String kind) {
        return MODELS.containsKey(kind);
    }

    /** Adds the errors of one custom resource to {@code errors}. */
    public static void validate(Map<String, Object> m, List<String> errors) {
        String id = Manifests.id(m);
        Model model = MODELS.get(String.valueOf(m.get("kind")));
        if (model == null || !model.apiVersions().contains(String.valueOf(m.get("apiVersion")))) {
            errors.add(id + ": no model for " + m.get("apiVersion") + " " + m.get("kind")
                    + " (not a kind this chart is allowed to render)");
            return;
        }
        try {
            STRICT.readValue(STRICT.writeValueAsString(m), model.type());
        } catch (JsonMappingException e) {
            errors.add(id + ": " + e.getPathReference().replaceAll("[a-zA-Z0-9_.]+\\.([A-Z][A-Za-z0-9]*)\\[", "$1[")
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            errors.add(id + ": " + e.getOriginalMessage());
        }
    }
}
