package dev.pitlane.gateway.ratelimit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leaves Redis out of the gateway unless rate limits are kept there. Redis is on the classpath for that one
 * use, and Spring Boot would otherwise set up a Lettuce client (its threads, some 500 classes, a connection
 * factory) that the in-memory mode never touches. Runs after application.yml and the environment are read.
 */
public class RedisOnlyWhenUsed implements EnvironmentPostProcessor, Ordered {

    static final String SWITCH = "pitlane.gateway.rate-limit.redis";

    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration");

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(SWITCH, Boolean.class, false)) {
            return;
        }
        Set<String> excluded = new LinkedHashSet<>(Binder.get(environment).bind(EXCLUDE, String[].class)
                .map(List::of).orElse(List.of()));
        excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(new MapPropertySource("pitlane-gateway-without-redis",
                Map.of(EXCLUDE, String.join(",", excluded))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
