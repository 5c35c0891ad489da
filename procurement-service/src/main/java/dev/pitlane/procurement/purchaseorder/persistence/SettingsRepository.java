package dev.pitlane.procurement.purchaseorder.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.procurement.purchaseorder.application.ProcurementSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@Repository
public class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProcurementSettings> find() {
        return jdbc.sql("""
                        SELECT approval_limit, over_receipt_tolerance_percent, version FROM procurement_settings
                        WHERE organization_id = :org""")
                .param("org", TenantContext.organizationId())
                .query((rs, i) -> new ProcurementSettings(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3)))
                .optional();
    }

    /** Version 0 with no row yet creates it; otherwise the row must still be at {@code version}. */
    public boolean save(BigDecimal limit, BigDecimal tolerance, long version, String actor, Instant now) {
        return jdbc.sql("""
                        INSERT INTO procurement_settings (organization_id, approval_limit,
                            over_receipt_tolerance_percent, updated_at, updated_by, version)
                        VALUES (:org, :limit, :tolerance, :now, :actor, 1)
                        ON CONFLICT (organization_id) DO UPDATE SET approval_limit = EXCLUDED.approval_limit,
                            over_receipt_tolerance_percent = EXCLUDED.over_receipt_tolerance_percent,
                            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                            version = procurement_settings.version + 1
                        WHERE procurement_settings.version = :version""")
                .param("org", TenantContext.organizationId()).param("limit", limit).param("tolerance", tolerance)
                .param("now", Timestamp.from(now)).param("actor", actor).param("version", version)
                .update() == 1;
    }
}
