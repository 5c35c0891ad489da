package dev.pitlane.platform.persistence;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * For a service with Spring Data JPA: {@link TenantOwnedEntity} entities follow the caller's organization. Boot's
 * own auto-configuration does the rest (the {@code JpaTransactionManager}, repositories); Flyway owns the schema
 * (Hibernate only validates it) and open-in-view is off ({@code pitlane-defaults.properties}).
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer")
public class PlatformJpaConfiguration {

    @Bean
    HibernatePropertiesCustomizer pitlaneTenantResolver() {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
                new OrganizationTenantResolver());
    }
}
