package dev.pitlane.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Rate limits at the edge. Defaults live in application.yml.
 *
 * @param redis             keep buckets in Redis ({@code spring.data.redis.*}) so all replicas share them;
 *                          in this replica's memory otherwise
 * @param keyPrefix         Redis key prefix, so environments can share a Redis
 * @param redisTimeout      past this the request goes through uncounted
 * @param client            per caller: the token's {@code sub}, else its {@code client_id}, else the address
 * @param organization      per organization ({@code organizationClaim}), shared by all its users and clients
 * @param login             per address, for anonymous calls to {@code loginPaths} instead of {@code client}
 */
@ConfigurationProperties("pitlane.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("false") boolean redis,
                                  @DefaultValue("pitlane:rl:") String keyPrefix,
                                  @DefaultValue("250ms") Duration redisTimeout,
                                  @DefaultValue("org_id") String organizationClaim,
                                  @DefaultValue("client_id") String clientIdClaim,
                                  Limit client,
                                  Limit organization,
                                  Limit login,
                                  @DefaultValue List<String> loginPaths) {

    public RateLimitProperties {
        if (enabled && (client == null || organization == null || login == null)) {
            throw new IllegalArgumentException("pitlane.gateway.rate-limit.client, .organization and .login "
                    + "must all be set when rate limiting is enabled");
        }
    }
}
