package dev.pitlane.customer;

import dev.pitlane.customer.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsTest extends IntegrationTest {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndNothingElse() {
        var docs = http().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<Map<String, Object>>json("$.paths")).containsOnlyKeys("/api/v1/customers",
                "/api/v1/customers/{id}", "/api/v1/customers/{id}/restore", "/api/v1/customers/export",
                "/api/v1/customer-imports", "/api/v1/vehicles", "/api/v1/vehicles/{id}",
                "/api/v1/vehicles/{id}/ownership-transfers", "/api/v1/vehicles/{id}/ownerships",
                "/api/v1/vehicles/{id}/status", "/api/v1/vehicles/{id}/odometer-readings",
                "/api/v1/vehicles/{id}/service-history", "/api/v1/feedback", "/api/v1/feedback/{id}",
                "/api/v1/feedback/{id}/response");
        assertThat(docs.<Object>json("$.components.schemas.CustomerRequest.example")).isNotNull();
        assertThat(docs.<java.util.List<String>>json("$.paths['/api/v1/customers'].post.x-permissions"))
                .containsExactly("customer:write");
    }
}
