package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.stock.persistence.StockQueryRepository;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Service
public class StockQueries {

    public static final Map<String, String> SORTS = Map.of("sku", "i.sku", "name", "i.name", "onHand", "b.on_hand",
            "available", "(b.on_hand - b.reserved)", "value", "b.value", "lastMovementAt", "b.last_movement_at");

    private final StockQueryRepository repository;

    public StockQueries(StockQueryRepository repository) {
        this.repository = repository;
    }

    public PageResponse<StockLevel> levels(StockQueryRepository.Filter filter, PageQuery page) {
        UUID org = TenantContext.organizationId();
        return PageResponse.of(repository.levels(org, filter, page.orderBy("b.item_id, b.location_id"), page.size(),
                page.offset()), page, repository.count(org, filter));
    }

    public List<LocationSummary> summary(UUID locationId) {
        return repository.summary(TenantContext.organizationId(), locationId);
    }
}
