package dev.pitlane.billing.paymentgateway.persistence;

import dev.pitlane.billing.paymentgateway.application.ProviderEvents;
import dev.pitlane.platform.tenancy.TenantContext;
import java.time.Instant;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * SQL: the insert that claims an event must wait for a concurrent claim of the same event to commit or roll back,
 * which {@code ON CONFLICT DO NOTHING} does in one statement.
 */
@Repository
class JdbcProviderEvents implements ProviderEvents {

    private final JdbcClient jdbc;

    JdbcProviderEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String provider, String eventId, String eventType, Instant now) {
        return jdbc.sql("""
                        INSERT INTO provider_events (organization_id, provider, event_id, event_type, received_at)
                        VALUES (:org, :provider, :eventId, :type, :now) ON CONFLICT DO NOTHING""")
                .param("org", TenantContext.organizationId())
                .param("provider", provider)
                .param("eventId", eventId)
                .param("type", eventType)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }
}
