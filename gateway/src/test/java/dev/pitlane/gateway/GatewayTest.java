package dev.pitlane.gateway;

import dev.pitlane.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on a random port, in front of {@link Backends}, accepting {@link TestTokens}. Every subclass
 * without properties of its own shares one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "10s")
@ActiveProfiles("test")
abstract class GatewayTest {

    static final TestTokens TOKENS = TestTokens.issuer();
    static final String TRACE_ID = "[0-9a-f]{32}";

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry registry) {
        registry.add("pitlane.security.issuer-uri", TOKENS::issuerUri);
        registry.add("pitlane.security.jwk-set-uri", TOKENS::jwkSetUri);
        Backends.get().targets().forEach((service, url) -> registry.add("pitlane.gateway.targets." + service, () -> url));
    }

    /** A valid user token of a fresh organization: its own client and organization buckets. */
    static String bearer() {
        return TestTokens.bearer(TOKENS.user(UUID.randomUUID()).roles("ADMIN").mint());
    }

    /** Checks the problem+json shape every gateway error shares, and returns the body for further checks. */
    static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status, String code) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://pitlane.dev/problems/" + code)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isNotEmpty()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.traceId").value(String.class, id -> assertThat(id).matches(TRACE_ID))
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.trace").doesNotExist()
                .jsonPath("$.exception").doesNotExist()
                .jsonPath("$.error").doesNotExist();
    }
}
