package dev.pitlane.gateway.ratelimit;

import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Takes one token from each bucket, all or nothing: when one bucket is empty none is charged, so a client
 * stopped by its organization's limit does not also use up its own.
 */
interface RateLimiter {

    Mono<RateLimitDecision> consume(List<Bucket> buckets);
}
