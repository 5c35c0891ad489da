package dev.pitlane.platform.sample;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TenancyTest extends SampleTestBase {

    @Test
    void anotherOrganizationsRecordAnswers404() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String id = as(a, "widget:write").post("/api/v1/widgets", "{\"name\":\"mine\",\"quantity\":1}",
                "Idempotency-Key", UUID.randomUUID().toString()).json("$.id");
        assertThat(as(a).get("/api/v1/widgets/" + id).status()).isEqualTo(200);
        var other = as(b).get("/api/v1/widgets/" + id);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.<String>json("$.code")).isEqualTo("not-found");
    }

    @Test
    void rowLevelSecurityHoldsWhenAQueryForgetsTheTenantFilter() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            as(a, "widget:write").post("/api/v1/widgets", "{\"name\":\"a" + i + "\",\"quantity\":1}",
                    "Idempotency-Key", UUID.randomUUID().toString());
        }
        as(b, "widget:write").post("/api/v1/widgets", "{\"name\":\"b\",\"quantity\":1}", "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(as(a).get("/api/v1/widgets/unfiltered-count").<Integer>json("$.count")).isEqualTo(3);
        assertThat(as(b).get("/api/v1/widgets/unfiltered-count").<Integer>json("$.count")).isEqualTo(1);
        assertThat(as(UUID.randomUUID()).get("/api/v1/widgets/unfiltered-count").<Integer>json("$.count"))
                .isZero();
    }
}
