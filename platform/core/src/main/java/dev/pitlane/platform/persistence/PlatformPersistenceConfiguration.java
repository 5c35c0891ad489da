package dev.pitlane.platform.persistence;

import dev.pitlane.platform.tenancy.TenantAwareDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Database conventions: every connection carries the caller's organization for row-level security; Flyway also
 * applies the platform's own tables (outbox, inbox, idempotency keys) from {@code db/platform}; the owner role
 * migrates and then grants the application role its data rights. The transaction manager is Spring Boot's own: a
 * {@code JpaTransactionManager} in a service with Spring Data JPA, a JDBC one otherwise; both run JDBC statements
 * (outbox, inbox, idempotency keys) on the transaction's one connection.
 */
@AutoConfiguration
@ConditionalOnClass({DataSource.class, Flyway.class})
public class PlatformPersistenceConfiguration {

    @Bean
    static BeanPostProcessor tenantAwareDataSourcePostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof TenantAwareDataSource)
                        && "dataSource".equals(beanName)) {
                    return new TenantAwareDataSource(ds);
                }
                return bean;
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer pitlaneFlywayConventions(Environment env) {
        return configuration -> {
            List<org.flywaydb.core.api.Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new org.flywaydb.core.api.Location("classpath:db/platform"));
            configuration.locations(locations.toArray(org.flywaydb.core.api.Location[]::new));
            // platform migrations are numbered 0.x and may arrive after a service's own V7
            configuration.outOfOrder(true);
            String appRole = env.getProperty("spring.datasource.username");
            String owner = env.getProperty("spring.flyway.user");
            if (appRole != null && owner != null && !appRole.equals(owner)) {
                configuration.callbacks(new GrantApplicationRole(appRole));
            }
        };
    }
}
