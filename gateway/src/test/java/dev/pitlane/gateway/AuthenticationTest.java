package dev.pitlane.gateway;

import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest extends GatewayTest {

    @Test
    void refusesARequestWithoutAToken() {
        expectProblem(client.get().uri("/api/v1/items").exchange()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer"), 401, "unauthorized")
                .jsonPath("$.instance").isEqualTo("/api/v1/items")
                .jsonPath("$.detail").isEqualTo("This request needs a bearer token.");
    }

    @Test
    void refusesAnExpiredToken() {
        // TestTokens issues tokens 5 s in the past; the test profile tolerates 1 s of clock skew
        String expired = TOKENS.user(UUID.randomUUID()).expiresAt(Instant.now().minusSeconds(3)).mint();
        expectProblem(get(expired), 401, "unauthorized")
                .jsonPath("$.detail").isEqualTo("The bearer token has expired.");
    }

    @Test
    void refusesATokenThatExpiredLongAgo() {
        // TestTokens then dates exp before iat: refused all the same
        expectProblem(get(TOKENS.user(UUID.randomUUID()).expiresAt(Instant.now().minusSeconds(600)).mint()),
                401, "unauthorized");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        expectProblem(get(TOKENS.user(UUID.randomUUID()).issuer("http://evil").mint()), 401, "unauthorized")
                .jsonPath("$.detail").isEqualTo("The bearer token is not valid.");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        expectProblem(get(TOKENS.user(UUID.randomUUID()).mintWithForeignKey()), 401, "unauthorized");
    }

    @Test
    void refusesAnUnsignedToken() {
        expectProblem(get(TOKENS.user(UUID.randomUUID()).mintUnsigned()), 401, "unauthorized");
    }

    @Test
    void refusesGarbage() {
        expectProblem(get("not-a-jwt"), 401, "unauthorized");
        expectProblem(client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz")
                .exchange(), 401, "unauthorized");
    }

    @Test
    void saysWhyInTheChallengeHeader() {
        String expired = TOKENS.user(UUID.randomUUID()).expiresAt(Instant.now().minusSeconds(3)).mint();
        get(expired).expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void acceptsAValidTokenEvenWithoutAnOrganization() {
        // a machine client of the platform itself may carry no org_id; the services decide what it may do
        String token = TOKENS.user(null).subject("partner-client").claim("client_id", "partner-client").mint();
        get(token).expectStatus().isOk();
    }

    @Test
    void ignoresAStaleTokenOnPublicPaths() {
        // a browser app sends its expired access token along with the very call that refreshes it
        String expired = TestTokens.bearer(TOKENS.user(UUID.randomUUID()).expiresAt(Instant.now().minusSeconds(600)).mint());
        client.post().uri("/api/v1/auth/refresh").header(HttpHeaders.AUTHORIZATION, expired)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("auth-service")
                .jsonPath("$.headers.authorization").isEqualTo(expired);
        client.get().uri("/health").header(HttpHeaders.AUTHORIZATION, "Bearer garbage").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).exchange();
    }
}
