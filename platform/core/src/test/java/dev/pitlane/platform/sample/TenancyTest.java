package dev.pitlane.platform.sample;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TenancyTest extends SampleTestBase {

    @Autowired
    DataSource dataSource;

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

    /** The platform default every service inherits: a wait for a row lock ends as a 409, not a stalled request. */
    @Test
    void everyPooledConnectionGivesUpOnARowLockAfterTenSeconds() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SHOW lock_timeout")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("10s");
        }
    }

    @Test
    void everyCheckoutCarriesTheCurrentOrganizationWhateverThePooledConnectionHeldBefore() throws SQLException {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        // more checkouts than the pool has connections, so every physical connection is reused across tenants
        for (int round = 0; round < 30; round++) {
            UUID org = round % 3 == 0 ? a : b;
            assertThat(TenantContext.callAs(Caller.system(org, "test"), this::sessionTenant))
                    .isEqualTo(org.toString());
        }
        assertThat(sessionTenant()).as("no tenant, no rows").isEmpty();
    }

    /** Checks a connection out and reads its session setting. */
    private String sessionTenant() {
        try (Connection c = dataSource.getConnection()) {
            String value;
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT coalesce(current_setting('app.organization_id', true), '')")) {
                rs.next();
                value = rs.getString(1);
            }
            return value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
