package dev.pitlane.platform.messaging;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart turns on SCRAM and TLS with environment variables; every client of the platform must get them. */
class KafkaClientPropertiesTest {

    @Test
    void springKafkaPropertiesFromTheEnvironmentReachEveryClient() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", "pitlane-kafka-kafka-bootstrap:9093",
                "SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL",
                "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE", "PEM")));

        assertThat(PlatformMessagingConfiguration.clientProperties(env))
                .containsEntry("bootstrap.servers", "pitlane-kafka-kafka-bootstrap:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .containsEntry("ssl.truststore.type", "PEM");
    }

    @Test
    void withoutThemAClientGetsOnlyTheBrokers() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("app", Map.of("spring.kafka.bootstrap-servers", "k:9092")));
        assertThat(PlatformMessagingConfiguration.clientProperties(env)).containsOnlyKeys("bootstrap.servers")
                .containsEntry("bootstrap.servers", "k:9092");
    }
}
