package dev.pitlane.gateway;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "pitlane.gateway.rate-limit.redis=false")
class InMemoryRateLimitTest extends RateLimitContract {
}
