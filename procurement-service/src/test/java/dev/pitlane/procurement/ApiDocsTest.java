package dev.pitlane.procurement;

import dev.pitlane.procurement.support.ProcurementTestBase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsTest extends ProcurementTestBase {

    @Test
    void theOpenApiDocumentDescribesEveryResource() {
        var docs = http().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<Map<String, Object>>json("$.paths")).containsKeys("/api/v1/suppliers",
                "/api/v1/purchase-orders/{id}/receipts", "/api/v1/parts-issues/{id}/dispatch",
                "/api/v1/shipments/{id}/tracking-events", "/api/v1/procurement-reports/supplier-purchases");
        assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
