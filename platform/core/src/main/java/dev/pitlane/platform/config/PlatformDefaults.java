package dev.pitlane.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's defaults (JSON logs, probes, graceful shutdown, strict JSON, virtual threads on Java 21+, ...) as
 * the lowest-precedence property source: a service's application.yml and the environment override any of them.
 *
 * <p>{@code PITLANE_MIGRATE_ONLY=true} turns a service into its own migration job: no web server, no messaging;
 * Flyway runs at startup and the process exits (used by the Helm pre-upgrade hook).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            var defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("pitlane-defaults.properties"));
            environment.getPropertySources().addLast(new PropertiesPropertySource("pitlane-defaults", defaults));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (environment.getProperty("pitlane.migrate-only", Boolean.class, false)) {
            Map<String, Object> migrateOnly = new HashMap<>();
            migrateOnly.put("spring.main.web-application-type", "none");
            migrateOnly.put("pitlane.messaging.enabled", "false");
            migrateOnly.put("spring.kafka.listener.auto-startup", "false");
            environment.getPropertySources().addFirst(new MapPropertySource("pitlane-migrate-only", migrateOnly));
        }
    }
}
