package dev.pitlane.inventory.valuation.application;

import dev.pitlane.inventory.config.InventoryProperties;
import dev.pitlane.inventory.valuation.persistence.ValuationRepository;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stock valuation at the end of any business day, without replaying history: posting adds each value delta to its
 * (location, day) row, so a date's value is a sum over days, not over the ledger.
 */
@Service
public class ValuationQueries {

    private final ValuationRepository repository;
    private final InventoryProperties properties;
    private final Clock clock;

    public ValuationQueries(ValuationRepository repository, InventoryProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    public Valuation valuation(LocalDate asOf) {
        UUID org = TenantContext.organizationId();
        LocalDate day = asOf == null ? today() : asOf;
        List<Valuation.LocationValue> locations = repository.byLocation(org, day);
        BigDecimal total = locations.stream().map(Valuation.LocationValue::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Valuation(day, repository.method(org), total, locations);
    }

    public PageResponse<ItemValuation> items(LocalDate asOf, UUID locationId, PageQuery page) {
        UUID org = TenantContext.organizationId();
        LocalDate day = asOf == null ? today() : asOf;
        var end = day.plusDays(1).atStartOfDay(properties.businessZone()).toInstant();
        return PageResponse.of(repository.items(org, end, locationId, page.size(), page.offset()), page,
                repository.activeItems(org));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.businessZone()));
    }
}
