package dev.pitlane.inventory.count.application;

import dev.pitlane.inventory.catalog.application.ItemCatalog;
import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.count.domain.CountLine;
import dev.pitlane.inventory.count.domain.CountStatus;
import dev.pitlane.inventory.count.persistence.CycleCountRepository;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.application.Posting;
import dev.pitlane.inventory.stock.application.PostingResult;
import dev.pitlane.inventory.stock.application.StockEngine;
import dev.pitlane.inventory.stock.domain.AdjustmentReason;
import dev.pitlane.inventory.stock.domain.Balance;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A count sheet records what was on the shelves and what the book said at that moment; approving it posts the
 * differences as CYCLE_COUNT adjustments (movements since the count are already in the book, so they do not count).
 */
@Service
public class CycleCountService {

    public record CountedLine(UUID itemId, BigDecimal countedQuantity, UUID unitId) {
    }

    private final CycleCountRepository counts;
    private final StockEngine engine;
    private final ItemCatalog catalog;
    private final LocationService locations;
    private final Clock clock;

    public CycleCountService(CycleCountRepository counts, StockEngine engine, ItemCatalog catalog,
                             LocationService locations, Clock clock) {
        this.counts = counts;
        this.engine = engine;
        this.catalog = catalog;
        this.locations = locations;
        this.clock = clock;
    }

    @Transactional
    public CycleCountView submit(UUID locationId, String note, List<CountedLine> counted) {
        UUID org = TenantContext.organizationId();
        locations.requireUsable(List.of(locationId));
        Set<UUID> itemIds = new LinkedHashSet<>();
        for (CountedLine l : counted) {
            if (!itemIds.add(l.itemId())) {
                throw DomainException.invalidField("lines", "Duplicate", "item " + l.itemId() + " is counted twice");
            }
        }
        Map<UUID, ItemFacts> items = catalog.requireActive(itemIds);
        Set<StockKey> keys = new HashSet<>();
        itemIds.forEach(i -> keys.add(new StockKey(i, locationId)));
        Map<StockKey, Balance> book = engine.lock(keys);
        List<CountLine> lines = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            CountedLine l = counted.get(i);
            BigDecimal qty;
            try {
                qty = catalog.toBaseQuantity(items.get(l.itemId()), l.unitId(), l.countedQuantity());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidField("lines[" + i + "].countedQuantity", "Unit", e.getMessage());
            }
            BigDecimal expected = book.get(new StockKey(l.itemId(), locationId)).onHand();
            if (items.get(l.itemId()).trackingMode() == TrackingMode.SERIAL && qty.compareTo(expected) > 0) {
                throw DomainException.unprocessable("count-serials", "Serial-tracked item " + l.itemId()
                        + " shows more than the book: receive the extra units with their serial numbers");
            }
            lines.add(new CountLine(l.itemId(), expected, qty));
        }
        UUID id = UUID.randomUUID();
        counts.insert(org, id, locationId, note, TenantContext.caller().subject(), clock.instant(), lines);
        return get(id);
    }

    @Transactional
    public CycleCountView approve(UUID id) {
        UUID org = TenantContext.organizationId();
        CycleCountView count = decidable(id);
        Map<UUID, ItemFacts> items = catalog.facts(count.lines().stream().map(CycleCountView.Line::itemId).toList());
        List<Move> moves = new ArrayList<>();
        for (CycleCountView.Line l : count.lines()) {
            if (l.difference().signum() == 0) {
                continue;
            }
            ItemFacts item = items.get(l.itemId());
            Move.BatchRef batch = item.trackingMode() == TrackingMode.BATCH && l.difference().signum() > 0
                    ? new Move.BatchRef("COUNT-" + id.toString().substring(0, 8), null, null) : null;
            moves.add(new Move.Adjust(l.itemId(), count.locationId(), l.difference(), AdjustmentReason.CYCLE_COUNT,
                    null, batch, null, null, null));
        }
        UUID movementId = null;
        if (!moves.isEmpty()) {
            PostingResult result = engine.post(new Posting(SourceDocumentType.CYCLE_COUNT, id.toString(),
                    count.note(), null, null, moves));
            movementId = result.movementId();
        }
        counts.decide(org, id, CountStatus.APPROVED, TenantContext.caller().subject(), clock.instant(), movementId);
        return get(id);
    }

    @Transactional
    public CycleCountView cancel(UUID id) {
        decidable(id);
        counts.decide(TenantContext.organizationId(), id, CountStatus.CANCELLED, TenantContext.caller().subject(),
                clock.instant(), null);
        return get(id);
    }

    private CycleCountView decidable(UUID id) {
        CycleCountView count = counts.find(TenantContext.organizationId(), id, true)
                .orElseThrow(() -> DomainException.notFound("Cycle count", id));
        if (!count.status().canDecide()) {
            throw DomainException.conflict("cycle-count-decided",
                    "Cycle count " + id + " is already " + count.status());
        }
        return count;
    }

    public CycleCountView get(UUID id) {
        return counts.find(TenantContext.organizationId(), id, false)
                .orElseThrow(() -> DomainException.notFound("Cycle count", id));
    }

    public PageResponse<CycleCountView> list(UUID locationId, CountStatus status, PageQuery page) {
        UUID org = TenantContext.organizationId();
        List<CycleCountView> views = counts.list(org, locationId, status, page.size(), page.offset()).stream()
                .map(this::get).toList();
        return PageResponse.of(views, page, counts.count(org, locationId, status));
    }

}
