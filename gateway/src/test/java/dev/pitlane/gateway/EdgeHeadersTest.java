package dev.pitlane.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS and the security headers, on the gateway's own answers and on the services' alike. */
class EdgeHeadersTest extends GatewayTest {

    private static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Test
    void answersAPreflightFromAnAllowedOriginWithoutAToken() {
        client.options().uri("/api/v1/items")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "idempotency-key"))
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
    }

    @Test
    void refusesAPreflightFromAnotherOrigin() {
        expectProblem(client.options().uri("/api/v1/items")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN), 403, "forbidden");
    }

    @Test
    void refusesAMalformedOriginWithoutCorsHeadersAndNever500() {
        for (String origin : List.of("http://localhost:3000.evil.example", "http://localhost:3000:80",
                "http://local host", "javascript:alert(1)", "http://[::1", "http://localhost:99999999")) {
            expectProblem(client.options().uri("/api/v1/items")
                    .header(HttpHeaders.ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                    .exchange()
                    .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN), 403, "forbidden");
            expectProblem(client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, bearer())
                    .header(HttpHeaders.ORIGIN, origin)
                    .exchange()
                    .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN), 403, "forbidden");
        }
    }

    @Test
    void allowsTheOriginOnceEvenWhenTheServiceSendsItsOwnCorsHeaders() {
        client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, bearer())
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
                        values -> assertThat(values).containsExactly("http://localhost:3000"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("Retry-After", "X-RateLimit-Remaining"));
    }

    @Test
    void letsTheBrowserReadAnErrorToo() {
        client.get().uri("/api/v1/items").header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000");
    }

    @Test
    void putsSecurityHeadersOnServiceResponsesWithoutDuplicates() {
        expectSecurityHeaders(client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
                .expectStatus().isOk());
    }

    @Test
    void putsSecurityHeadersOnTheGatewaysOwnAnswers() {
        expectSecurityHeaders(client.get().uri("/api/v1/items").exchange().expectStatus().isUnauthorized());
        expectSecurityHeaders(client.get().uri("/health").exchange().expectStatus().isOk());
        expectSecurityHeaders(client.get().uri("/api/v1/nowhere").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
                .expectStatus().isNotFound());
    }

    @Test
    void leavesTheSwaggerUiWithoutAContentSecurityPolicy() {
        client.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Content-Security-Policy")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void sendsHstsOnlyOverHttps() {
        client.get().uri("/health").exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
        // TLS ends at the ingress in front, a trusted proxy, which says so in X-Forwarded-Proto
        client.get().uri("/health").header("X-Forwarded-Proto", "https").exchange()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader().values("X-Content-Type-Options", values -> assertThat(values).isEqualTo(List.of("nosniff")))
                .expectHeader().values("X-Frame-Options", values -> assertThat(values).isEqualTo(List.of("DENY")))
                .expectHeader().values("Referrer-Policy", values -> assertThat(values).isEqualTo(List.of("no-referrer")))
                .expectHeader().values("Content-Security-Policy", values -> assertThat(values).isEqualTo(List.of(CSP)));
    }
}
