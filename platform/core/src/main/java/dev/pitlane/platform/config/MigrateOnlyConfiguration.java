package dev.pitlane.platform.config;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** In migrate-only mode the migrations have run by the time the context is up: exit with success. */
@AutoConfiguration
@ConditionalOnProperty(name = "pitlane.migrate-only", havingValue = "true")
public class MigrateOnlyConfiguration {

    @Bean
    ApplicationRunner exitAfterMigration(ApplicationContext context) {
        return args -> System.exit(SpringApplication.exit(context, () -> 0));
    }
}
