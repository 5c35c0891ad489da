package dev.pitlane.inventory.alert.application;

import dev.pitlane.inventory.alert.persistence.StockAlertRepository;
import dev.pitlane.inventory.config.InventoryProperties;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Stock that needs attention, as queries: low against the reorder level, expiring soon, not moving. */
@Service
public class StockAlerts {

    private final StockAlertRepository repository;
    private final InventoryProperties properties;
    private final Clock clock;

    public StockAlerts(StockAlertRepository repository, InventoryProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    public PageResponse<StockAlert> lowStock(UUID location, PageQuery page) {
        UUID org = TenantContext.organizationId();
        return PageResponse.of(repository.low(org, location, page.size(), page.offset()), page,
                repository.countLow(org, location));
    }

    public PageResponse<ExpiringBatch> expiring(UUID location, int withinDays, PageQuery page) {
        UUID org = TenantContext.organizationId();
        LocalDate until = LocalDate.now(clock.withZone(properties.businessZone())).plusDays(withinDays);
        return PageResponse.of(repository.expiring(org, location, until, page.size(), page.offset()), page,
                repository.countExpiring(org, location, until));
    }

    public PageResponse<StockAlert> deadStock(UUID location, int days, PageQuery page) {
        UUID org = TenantContext.organizationId();
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return PageResponse.of(repository.dead(org, location, since, page.size(), page.offset()), page,
                repository.countDead(org, location, since));
    }
}
