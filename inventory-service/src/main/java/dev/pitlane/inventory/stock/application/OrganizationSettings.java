package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.stock.domain.ValuationMethod;
import dev.pitlane.inventory.stock.persistence.BalanceRepository;
import dev.pitlane.inventory.stock.persistence.CostRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Per organization: may stock go negative, and is it valued at moving average or FIFO. */
@Service
public class OrganizationSettings {

    public record Settings(boolean allowNegativeStock, ValuationMethod valuationMethod) {
    }

    private final JdbcClient jdbc;
    private final BalanceRepository balances;
    private final CostRepository costs;
    private final Clock clock;

    public OrganizationSettings(JdbcClient jdbc, BalanceRepository balances, CostRepository costs, Clock clock) {
        this.jdbc = jdbc;
        this.balances = balances;
        this.costs = costs;
        this.clock = clock;
    }

    public Settings get() {
        return jdbc.sql("SELECT allow_negative_stock, valuation_method FROM organization_settings "
                        + "WHERE organization_id = :org")
                .param("org", TenantContext.organizationId())
                .query((rs, i) -> new Settings(rs.getBoolean(1), ValuationMethod.valueOf(rs.getString(2))))
                .optional().orElse(new Settings(false, ValuationMethod.MOVING_AVERAGE));
    }

    @Transactional
    public Settings update(Settings wanted) {
        UUID org = TenantContext.organizationId();
        Settings before = get();
        jdbc.sql("""
                        INSERT INTO organization_settings (organization_id, allow_negative_stock, valuation_method)
                        VALUES (:org, :neg, :method)
                        ON CONFLICT (organization_id) DO UPDATE SET allow_negative_stock = EXCLUDED.allow_negative_stock,
                            valuation_method = EXCLUDED.valuation_method, updated_at = now()""")
                .param("org", org).param("neg", wanted.allowNegativeStock())
                .param("method", wanted.valuationMethod().name()).update();
        if (before.allowNegativeStock() != wanted.allowNegativeStock()) {
            try {
                balances.setNegativeAllowed(org, wanted.allowNegativeStock());
            } catch (DataIntegrityViolationException e) {
                throw DomainException.conflict("negative-stock-exists",
                        "Some stock is negative (or below what is reserved); correct it before refusing negative stock");
            }
        }
        if (before.valuationMethod() != wanted.valuationMethod()) {
            costs.switchMethod(org, wanted.valuationMethod(), clock.instant());
        }
        return wanted;
    }
}
