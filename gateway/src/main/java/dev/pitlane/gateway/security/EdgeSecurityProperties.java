package dev.pitlane.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param publicPaths     reachable without a token: a path pattern, or {@code "METHOD pattern"} for one method
 * @param jwksTimeout     how long a JWKS fetch may take before the request fails with 503
 * @param jwksMaxAge      after this the key set is fetched again (the stale set is kept if the fetch fails)
 * @param jwksMinRefetch  at most one extra fetch per interval for tokens whose key id is unknown: short enough
 *                        to pick up a rotated key at once, long enough that tokens with made-up key ids cannot
 *                        turn the gateway into a flood against the issuer
 * @param clockSkew       tolerated difference between the issuer's clock and ours for {@code exp}/{@code nbf}
 * @param tokenCacheSize  accepted tokens remembered so their signature is checked once, not on every request
 *                        (about 2 KB each); 0 turns the cache off
 * @param tokenCacheTtl   longest time a token is trusted without checking it again, even if it expires later;
 *                        keep it below {@code jwksMaxAge} so a withdrawn key stops working within that time
 */
@ConfigurationProperties("pitlane.gateway.security")
public record EdgeSecurityProperties(@DefaultValue List<String> publicPaths,
                                     @DefaultValue("2s") Duration jwksTimeout,
                                     @DefaultValue("10m") Duration jwksMaxAge,
                                     @DefaultValue("5s") Duration jwksMinRefetch,
                                     @DefaultValue("60s") Duration clockSkew,
                                     @DefaultValue("4096") int tokenCacheSize,
                                     @DefaultValue("5m") Duration tokenCacheTtl) {
}
