package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Charts;
import dev.pitlane.helm.support.Charts.Profile;
import dev.pitlane.helm.support.Manifests;
import dev.pitlane.helm.support.Messaging;
import dev.pitlane.helm.support.Messaging.ModuleTopics;
import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Yamls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every Kafka topic the code uses is declared as a KafkaTopic, with a dead-letter topic for each consumed one. */
class KafkaTopicsTest {

    private static final String TOPIC = "^[a-z]+\\.[a-z0-9-]+\\.v[0-9]+(\\.dlt)?$";

    /** The profiles that create KafkaTopic resources. */
    static List<Profile> topicProfiles() {
        return java.util.Arrays.stream(Profile.values())
                .filter(p -> Boolean.TRUE.equals(Yamls.at(Charts.values(p), "kafka", "topics", "create"))).toList();
    }

    static Set<String> declaredTopics(Profile p) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> t : Manifests.parse(Charts.render(p)).ofKind("KafkaTopic")) {
            out.add(Yamls.at(t, "spec", "topicName"));
        }
        return out;
    }

    static List<String> undeclared(List<ModuleTopics> modules, Set<String> declared) {
        List<String> missing = new ArrayList<>();
        for (ModuleTopics m : modules) {
            for (String t : m.publishes()) {
                if (!declared.contains(t)) {
                    missing.add(m.module() + " publishes " + t);
                }
            }
            for (String t : m.consumes()) {
                if (!declared.contains(t)) {
                    missing.add(m.module() + " consumes " + t);
                }
                if (!declared.contains(t + ".dlt")) {
                    missing.add(m.module() + " consumes " + t + " but " + t + ".dlt is not declared");
                }
            }
        }
        return missing;
    }

    @Test
    void devAndProdDeclareTopics() {
        assertThat(topicProfiles()).contains(Profile.DEV, Profile.PROD);
    }

    @Test
    void everyTopicTheServiceModulesUseIsDeclared() {
        List<ModuleTopics> modules = Messaging.read(Repo.root());
        for (Profile p : topicProfiles()) {
            assertThat(undeclared(modules, declaredTopics(p))).as("undeclared topics with %s", p).isEmpty();
        }
    }

    @Test
    void servicesPublishOnlyOnTheirOwnTopics() {
        for (ModuleTopics m : Messaging.read(Repo.root())) {
            String prefix = m.module().replaceFirst("-service$", "") + ".";
            assertThat(m.publishes()).as("%s publishes", m.module()).allMatch(t -> t.startsWith(prefix));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"DEV", "PROD"})
    void declaredTopicsFollowTheNamingConventionAndEachHasItsDeadLetterTopic(Profile p) {
        Set<String> declared = declaredTopics(p);
        assertThat(declared).allMatch(t -> t.matches(TOPIC), "named <service>.<aggregate>.v<major>[.dlt]");
        for (String t : declared) {
            if (!t.endsWith(".dlt")) {
                assertThat(declared).as("dead-letter topic of %s", t).contains(t + ".dlt");
            }
        }
        // every topic has partitions, replicas and retention declared
        for (Map<String, Object> t : Manifests.parse(Charts.render(p)).ofKind("KafkaTopic")) {
            assertThat((Object) Yamls.at(t, "spec", "config", "retention.ms")).as("retention of %s", Manifests.name(t)).isNotNull();
            assertThat((Object) Yamls.at(t, "spec", "partitions")).isNotNull();
            assertThat((Object) Yamls.at(t, "spec", "replicas")).isNotNull();
        }
    }

    /** The check itself, on modules made up here (the real ones may not exist yet). */
    @Test
    void theCheckReadsModulesAndFindsAnUndeclaredTopic() throws IOException {
        Path root = Repo.work().resolve("messaging-fixture");
        Repo.deleteTree(root);
        write(root.resolve("inventory-service/src/main/resources/application.yml"), """
                spring:
                  application:
                    name: inventory-service
                pitlane:
                  messaging:
                    publishes: [inventory.stock.v1, inventory.reservation.v1]
                    consumes: [procurement.parts-issue.v1]
                ---
                spring.config.activate.on-profile: extra
                pitlane:
                  messaging:
                    consumes: [procurement.widget.v1]
                """);
        write(root.resolve("billing-service/src/main/resources/application.yml"), """
                pitlane.messaging.publishes: [billing.statement.v1]
                """);
        write(root.resolve("platform/src/main/resources/application.yml"), "pitlane: {messaging: {publishes: [x.y.v1]}}\n");
        List<ModuleTopics> modules = Messaging.read(root);
        assertThat(modules).extracting(ModuleTopics::module).containsExactly("billing-service", "inventory-service");
        assertThat(undeclared(modules, declaredTopics(Profile.DEV))).containsExactlyInAnyOrder(
                "billing-service publishes billing.statement.v1",
                "inventory-service consumes procurement.widget.v1",
                "inventory-service consumes procurement.widget.v1 but procurement.widget.v1.dlt is not declared");
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
