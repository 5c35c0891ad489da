package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.Messaging;
import dev.pitlane.helm.support.Messaging.ModuleTopics;
import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Yamls;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/** A Strimzi KafkaUser per service that talks to Kafka, allowed exactly the topics its code writes and reads. */
class KafkaUsersTest {

    /** The chart's services.<name>.kafkaTopics are the modules' pitlane.messaging.publishes/consumes. */
    @Test
    @SuppressWarnings("unchecked")
    void theChartKnowsTheTopicsEachModuleWritesAndReads() {
        Map<String, Object> services = Yamls.at(Charts.values(Profile.DEFAULT), "services");
        for (ModuleTopics module : Messaging.read(Repo.root())) {
            Map<String, Object> topics = Yamls.at(services.get(module.module()), "kafkaTopics");
            List<String> publishes = topics == null ? List.of() : (List<String>) topics.getOrDefault("publishes", List.of());
            List<String> consumes = topics == null ? List.of() : (List<String>) topics.getOrDefault("consumes", List.of());
            assertThat(new TreeSet<>(publishes)).as("services.%s.kafkaTopics.publishes", module.module()).isEqualTo(module.publishes());
            assertThat(new TreeSet<>(consumes)).as("services.%s.kafkaTopics.consumes", module.module()).isEqualTo(module.consumes());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"DEV", "PROD"}, mode = Mode.INCLUDE)
    @SuppressWarnings("unchecked")
    void eachMessagingServiceHasAUserAllowedItsOwnTopicsAndNoMore(Profile profile) {
        Manifests m = Manifests.parse(Charts.render(profile));
        Set<String> expectedUsers = new TreeSet<>();
        for (ModuleTopics module : Messaging.read(Repo.root())) {
            if (!module.publishes().isEmpty() || !module.consumes().isEmpty()) {
                expectedUsers.add(module.module() + "-kafka");
            }
        }
        Set<String> users = new TreeSet<>();
        m.ofKind("KafkaUser").forEach(u -> users.add(Manifests.name(u)));
        assertThat(users).isEqualTo(expectedUsers);

        for (ModuleTopics module : Messaging.read(Repo.root())) {
            Map<String, Object> user = m.get("KafkaUser", module.module() + "-kafka");
            if (user == null) {
                continue;
            }
            assertThat((String) Yamls.at(user, "spec", "authentication", "type")).isEqualTo("scram-sha-512");
            Set<String> reads = new TreeSet<>();
            Set<String> writes = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (Map<String, Object> acl : (List<Map<String, Object>>) Yamls.at(user, "spec", "authorization", "acls")) {
                List<String> ops = (List<String>) acl.get("operations");
                String name = Yamls.at(acl, "resource", "name");
                assertThat((String) Yamls.at(acl, "resource", "patternType")).as("no prefix or wildcard ACLs").isEqualTo("literal");
                assertThat(name).doesNotContain("*");
                switch (String.valueOf((Object) Yamls.at(acl, "resource", "type"))) {
                    case "topic" -> {
                        if (ops.contains("Read")) {
                            reads.add(name);
                        }
                        if (ops.contains("Write")) {
                            writes.add(name);
                        }
                        assertThat(ops).isSubsetOf("Describe", "Read", "Write", "Create");
                    }
                    case "group" -> groups.add(name);
                    default -> throw new AssertionError("unexpected ACL resource " + acl);
                }
            }
            Set<String> expectedWrites = new TreeSet<>(module.publishes());
            module.consumes().forEach(t -> expectedWrites.add(t + ".dlt"));
            assertThat(reads).as("%s reads", module.module()).isEqualTo(module.consumes());
            assertThat(writes).as("%s writes", module.module()).isEqualTo(expectedWrites);
            assertThat(groups).isEqualTo(module.consumes().isEmpty() ? Set.of() : Set.of(module.module()));
        }
    }

    @Test
    void withoutAuthenticationThereAreNoUsersAndPlainConnections() {
        Manifests m = Manifests.parse(Charts.render(Profile.DEV, Map.of("kafka.strimzi.authentication", "false")));
        assertThat(m.ofKind("KafkaUser")).isEmpty();
        assertThat((Map<String, Object>) Yamls.at(m.get("ConfigMap", "inventory-service-config"), "data"))
                .doesNotContainKey("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL");
    }
}
