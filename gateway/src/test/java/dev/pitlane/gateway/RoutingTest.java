package dev.pitlane.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest extends GatewayTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/auth/me, auth-service",
            "/api/v1/organizations/42, auth-service",
            "/api/v1/users, auth-service",
            "/api/v1/roles/7/permissions, auth-service",
            "/api/v1/permissions, auth-service",
            "/api/v1/clients/partner-1, auth-service",
            "/api/v1/activity, auth-service",
            "/api/v1/customers/1/vehicles, customer-service",
            "/api/v1/vehicles/VIN123, customer-service",
            "/api/v1/feedback, customer-service",
            "/api/v1/customer-imports/9, customer-service",
            "/api/v1/items/SKU-1, inventory-service",
            "/api/v1/item-imports/9, inventory-service",
            "/api/v1/opening-stock-imports/9, inventory-service",
            "/api/v1/categories, inventory-service",
            "/api/v1/units, inventory-service",
            "/api/v1/locations/central, inventory-service",
            "/api/v1/stock, inventory-service",
            "/api/v1/reservations/3, inventory-service",
            "/api/v1/cycle-counts, inventory-service",
            "/api/v1/valuation, inventory-service",
            "/api/v1/stock-alerts, inventory-service",
            "/api/v1/suppliers, procurement-service",
            "/api/v1/purchase-orders/PO-1/receipts, procurement-service",
            "/api/v1/parts-issues/5, procurement-service",
            "/api/v1/shipments, procurement-service",
            "/api/v1/procurement-reports/spend, procurement-service",
            "/api/v1/service-centers/7/bays, workshop-service",
            "/api/v1/appointments/availability, workshop-service",
            "/api/v1/job-cards/9/start-work, workshop-service",
            "/api/v1/quotations/4, workshop-service",
            "/api/v1/canned-jobs, workshop-service",
            "/api/v1/billing-centers/3/series, billing-service",
            "/api/v1/invoices/8/issue, billing-service",
            "/api/v1/credit-notes, billing-service",
            "/api/v1/payments/2, billing-service",
            "/api/v1/refunds, billing-service",
            "/api/v1/sales-orders/6/approve, billing-service",
            "/api/v1/receivables/ageing, billing-service",
            "/api/v1/reports/dashboard, reporting-service",
            "/api/v1/exports/7, reporting-service",
            "/api/v1/report-schedules, reporting-service",
            "/api/v1/notifications/preferences, reporting-service",
            "/api/v1/webhook-subscriptions/3/deliveries, reporting-service"
    })
    void routesEachPathToTheServiceThatOwnsIt(String path, String service) {
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path);
    }

    @Test
    void passesTheTokenQueryAndBodyOnUnchanged() {
        String authorization = bearer();
        client.post().uri("/api/v1/purchase-orders?draft=true&page=2")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header("Idempotency-Key", "key-1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"supplierId\":\"s-1\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.query").isEqualTo("draft=true&page=2")
                .jsonPath("$.headers.authorization").isEqualTo(authorization)
                .jsonPath("$.headers.idempotency-key").isEqualTo("key-1")
                .jsonPath("$.bodyBytes").isEqualTo(20);
    }

    @Test
    void continuesTheCallersTraceAndStartsOneOtherwise() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, bearer())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.traceparent").value(String.class, traceparent ->
                        assertThat(traceparent).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7"));

        client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.traceparent").value(String.class, traceparent ->
                        assertThat(traceparent).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void tellsTheServiceWhereTheRequestCameFrom() {
        client.get().uri("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-forwarded-for").isEqualTo("127.0.0.1")
                .jsonPath("$.headers.x-forwarded-proto").isEqualTo("http")
                .jsonPath("$.headers.x-forwarded-host").value(String.class, host ->
                        assertThat(host).startsWith("localhost:"))
                // said once, in X-Forwarded-*, which the services read
                .jsonPath("$.headers.forwarded").doesNotExist();
    }

    @Test
    void passesOnTheClientsAddressAsATrustedProxyNamedItAndNothingLeftOfIt() {
        // the test client is on loopback, a trusted proxy here: the client is the first untrusted hop from the right
        client.get().uri("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer())
                .header("X-Forwarded-For", "6.6.6.6, 198.51.100.24, 127.0.0.1")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "for=6.6.6.6")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-forwarded-for").isEqualTo("198.51.100.24")
                .jsonPath("$.headers.x-forwarded-host").value(String.class, host ->
                        assertThat(host).startsWith("localhost:"))
                .jsonPath("$.headers.forwarded").doesNotExist();
        client.get().uri("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer())
                .header("X-Forwarded-For", "not-an-address, 2130706433")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-forwarded-for").isEqualTo("127.0.0.1");
    }

    @Test
    void servesEachServicesOpenApiDocumentWithoutAToken() {
        for (String service : Backends.ECHOING) {
            client.get().uri("/v3/api-docs/" + service)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo(service)
                    .jsonPath("$.path").isEqualTo("/v3/api-docs");
        }
    }

    @Test
    void letsPublicAuthPathsThroughWithoutAToken() {
        client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"a\",\"password\":\"b\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("auth-service")
                .jsonPath("$.headers.authorization").doesNotExist();
        for (String path : new String[]{"/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/token",
                "/api/v1/auth/password-reset/requests", "/.well-known/openid-configuration", "/oauth2/jwks"}) {
            client.post().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("auth-service");
        }
    }

    @Test
    void letsPaymentProviderWebhooksThroughWithoutATokenButNothingElseOfBilling() {
        client.post().uri("/api/v1/payment-webhooks/sandbox").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("billing-service");
        expectProblem(client.get().uri("/api/v1/payment-webhooks/sandbox").exchange(), 401, "unauthorized");
        expectProblem(client.post().uri("/api/v1/payments").exchange(), 401, "unauthorized");
    }

    @Test
    void letsTheCustomersQuotationApprovalLinkThroughWithoutAToken() {
        client.post().uri("/api/v1/quotation-approvals/signed-token/decisions").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("workshop-service");
        expectProblem(client.get().uri("/api/v1/quotations/4").exchange(), 401, "unauthorized");
    }

    @Test
    void keepsTheRestOfTheAuthApiBehindTheToken() {
        // only POST /api/v1/auth/login is public, not every method on it
        expectProblem(client.get().uri("/api/v1/auth/login").exchange(), 401, "unauthorized");
        expectProblem(client.get().uri("/oauth2/authorize").exchange(), 401, "unauthorized");
    }
}
