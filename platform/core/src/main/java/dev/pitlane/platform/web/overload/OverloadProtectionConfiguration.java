package dev.pitlane.platform.web.overload;

import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.AbstractLimiter;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import dev.pitlane.platform.security.PlatformSecurityConfiguration;
import dev.pitlane.platform.security.ProblemResponseWriter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Load shedding for every servlet service: the concurrency limit in front of everything but the probes, and the
 * 503 {@code overloaded} answer for a request that found no pooled connection in time.
 * Metrics: {@code pitlane_overload_limit}, {@code pitlane_overload_inflight}, {@code pitlane_overload_rejected_total}.
 */
@AutoConfiguration(after = PlatformSecurityConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = ConcurrencyLimits.PREFIX + "enabled", matchIfMissing = true)
public class OverloadProtectionConfiguration {

    /** After the observation filter (so a refusal has a trace id and shows in http_server_requests). */
    private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    private static final Logger log = LoggerFactory.getLogger(OverloadProtectionConfiguration.class);

    @Bean
    ConcurrencyLimits concurrencyLimits(Environment env) {
        int poolSize = env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
        ConcurrencyLimits limits = ConcurrencyLimits.from(env, poolSize);
        log.info("At most {} requests at once (adaptive, at least {}); more are refused with 503 overloaded",
                limits.max(), limits.min());
        return limits;
    }

    @Bean
    AbstractLimiter<Void> concurrencyLimiter(ConcurrencyLimits limits, Environment env,
                                             ObjectProvider<MeterRegistry> meters) {
        AbstractLimiter<Void> limiter = SimpleLimiter.newBuilder()
                .named(env.getProperty("spring.application.name", "service"))
                .limit(Gradient2Limit.newBuilder()
                        .initialLimit(limits.max())
                        .maxConcurrency(limits.max())
                        .minLimit(limits.min())
                        .build())
                .build();
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        Gauge.builder("pitlane.overload.limit", limiter, AbstractLimiter::getLimit)
                .description("Requests the service admits at once now").register(registry);
        Gauge.builder("pitlane.overload.inflight", limiter, AbstractLimiter::getInflight)
                .description("Requests in flight").register(registry);
        return limiter;
    }

    @Bean
    OverloadedResponse overloadedResponse(ProblemResponseWriter problems, ConcurrencyLimits limits,
                                          ObjectProvider<MeterRegistry> meters) {
        return new OverloadedResponse(problems, limits.retryAfter(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(AbstractLimiter<Void> limiter,
                                                                          OverloadedResponse overloaded) {
        var registration = new FilterRegistrationBean<>(new ConcurrencyLimitFilter(limiter, overloaded));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    PoolTimeoutExceptionResolver poolTimeoutExceptionResolver(OverloadedResponse overloaded) {
        return new PoolTimeoutExceptionResolver(overloaded);
    }
}
