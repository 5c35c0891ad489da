package dev.pitlane.gateway;

import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every rate limit store must do, with small limits: 3 requests per client, 5 per organization, 2
 * anonymous sign-in attempts per address, each refilling only once a minute so the tests cannot race the refill.
 * Each test uses its own users, organizations and addresses (X-Forwarded-For from the trusted local proxy),
 * so they do not share buckets.
 */
@TestPropertySource(properties = {
        "pitlane.gateway.rate-limit.client.replenish-rate=3",
        "pitlane.gateway.rate-limit.client.burst=3",
        "pitlane.gateway.rate-limit.client.replenish-period=1m",
        "pitlane.gateway.rate-limit.organization.replenish-rate=5",
        "pitlane.gateway.rate-limit.organization.burst=5",
        "pitlane.gateway.rate-limit.organization.replenish-period=1m",
        "pitlane.gateway.rate-limit.login.replenish-rate=2",
        "pitlane.gateway.rate-limit.login.burst=2",
        "pitlane.gateway.rate-limit.login.replenish-period=1m"})
abstract class RateLimitContract extends GatewayTest {

    @Test
    void limitsEachClient() {
        String user = userOf(UUID.randomUUID());
        for (int remaining = 2; remaining >= 0; remaining--) {
            get(user).expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Limit", "3")
                    .expectHeader().valueEquals("X-RateLimit-Remaining", String.valueOf(remaining));
        }
        expectProblem(get(user)
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds ->
                        assertThat(Long.parseLong(seconds)).isBetween(1L, 60L)), 429, "rate-limited")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .startsWith("Too many requests from this client"));
        // another user is not affected
        get(userOf(UUID.randomUUID())).expectStatus().isOk();
    }

    @Test
    void limitsEachOrganizationAcrossItsUsers() {
        UUID organization = UUID.randomUUID();
        String first = userOf(organization);
        String second = userOf(organization);
        for (int i = 0; i < 3; i++) {
            get(first).expectStatus().isOk();
        }
        get(second).expectStatus().isOk();
        get(second).expectStatus().isOk();
        // the second user has a token left of its own, but the organization has used its five
        expectProblem(get(second), 429, "rate-limited")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .startsWith("Too many requests for this organization"));
        get(userOf(UUID.randomUUID())).expectStatus().isOk();
    }

    @Test
    void limitsAnonymousSignInAttemptsPerAddress() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        login(address).expectStatus().isOk();
        login(address).expectStatus().isOk();
        expectProblem(login(address), 429, "rate-limited")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .startsWith("Too many sign-in attempts"));
        login("198.51.100." + (1 + (int) (Math.random() * 250))).expectStatus().isOk();
    }

    @Test
    void limitsOtherAnonymousCallsWithTheClientLimit() {
        String address = "192.0.2." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 3; i++) {
            anonymous(address).expectStatus().isOk();
        }
        expectProblem(anonymous(address), 429, "rate-limited");
    }

    private WebTestClient.ResponseSpec get(String authorization) {
        return client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, authorization).exchange();
    }

    private WebTestClient.ResponseSpec login(String address) {
        return client.post().uri("/api/v1/auth/login").header("X-Forwarded-For", address).exchange();
    }

    private WebTestClient.ResponseSpec anonymous(String address) {
        return client.get().uri("/.well-known/openid-configuration").header("X-Forwarded-For", address).exchange();
    }

    private static String userOf(UUID organization) {
        return TestTokens.bearer(TOKENS.user(organization).mint());
    }
}
