package dev.pitlane.gateway.health;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param path    probed on every service; readiness, because "started but cannot serve" should read DOWN
 * @param timeout a service slower than this to answer its probe is reported DOWN
 * @param cache   how long one round of probes is reused, so curl loops or load balancers hitting
 *                {@code /health} do not multiply into probes of every service
 */
@ConfigurationProperties("pitlane.gateway.health")
public record HealthProbeProperties(@DefaultValue("/actuator/health/readiness") String path,
                                    @DefaultValue("1s") Duration timeout,
                                    @DefaultValue("2s") Duration cache) {
}
