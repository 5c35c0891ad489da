package dev.pitlane.platform.warmup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Duration;

/** Cold start: every service warms up (its pool, and whatever {@link WarmUp}s it registers) before it is ready. */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pitlane.warm-up.enabled", matchIfMissing = true)
public class PlatformWarmUpConfiguration {

    @Bean
    @ConditionalOnBean(DataSource.class)
    WarmUp connectionPoolWarmUp(DataSource dataSource, Environment env) {
        return new ConnectionPoolWarmUp(dataSource,
                env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));
    }

    @Bean
    WarmUpRunner warmUpRunner(ObjectProvider<WarmUp> warmUps, Environment env, ApplicationEventPublisher events) {
        return new WarmUpRunner(warmUps.orderedStream().toList(),
                env.getProperty("pitlane.warm-up.rounds", Integer.class, 20),
                env.getProperty("pitlane.warm-up.budget", Duration.class, Duration.ofSeconds(30)), events);
    }
}
