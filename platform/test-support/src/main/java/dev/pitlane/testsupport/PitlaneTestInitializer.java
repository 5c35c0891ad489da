package dev.pitlane.testsupport;

import dev.pitlane.localinfra.PostgresServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a Spring Boot test at the real infrastructure of {@link TestInfrastructure} and at the {@link TestTokens}
 * issuer: a fresh database named after {@code spring.application.name} (migrated by the owner role, used by the
 * application role), the test run's Kafka broker, and the test JWKS.
 */
public class PitlaneTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        Map<String, Object> props = new HashMap<>();
        String app = env.getProperty("spring.application.name", "app");
        if (env.getProperty("pitlane.test.database", Boolean.class, true)) {
            PostgresServer.Database db = TestInfrastructure.database(app);
            props.put("spring.datasource.url", db.jdbcUrl());
            props.put("spring.datasource.username", db.appUser());
            props.put("spring.datasource.password", db.appPassword());
            props.put("spring.flyway.user", db.ownerUser());
            props.put("spring.flyway.password", db.ownerPassword());
        }
        if (env.getProperty("pitlane.test.kafka", Boolean.class, true)) {
            props.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        }
        TestTokens tokens = TestTokens.issuer();
        props.put("pitlane.security.issuer-uri", tokens.issuerUri());
        props.put("pitlane.security.jwk-set-uri", tokens.jwkSetUri());
        env.getPropertySources().addFirst(new MapPropertySource("pitlane-test-infrastructure", props));
    }
}
