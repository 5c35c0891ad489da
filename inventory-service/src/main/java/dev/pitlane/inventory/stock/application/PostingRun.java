package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.stock.domain.AdjustmentReason;
import dev.pitlane.inventory.stock.domain.Balance;
import dev.pitlane.inventory.stock.domain.InsufficientStockException;
import dev.pitlane.inventory.stock.domain.ItemCost;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.domain.MovementType;
import dev.pitlane.inventory.stock.domain.Quantities;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.inventory.stock.domain.StockLowRule;
import dev.pitlane.inventory.stock.domain.ValuationMethod;
import dev.pitlane.inventory.stock.messaging.StockEventPublisher;
import dev.pitlane.inventory.stock.persistence.BatchRepository;
import dev.pitlane.inventory.stock.persistence.CostRepository;
import dev.pitlane.inventory.stock.persistence.PostingLockQuery;
import dev.pitlane.inventory.stock.persistence.PostingWriter;
import dev.pitlane.inventory.stock.persistence.SerialRepository;
import dev.pitlane.inventory.stock.persistence.TotalsDelta;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One posting being applied: it locks what its moves touch, applies each move in memory (each kind to its own
 * step, {@link Move.PostingSteps}), checks every balance rule, and writes the rows. Batches and serial numbers are
 * {@link StockTracking}'s, quantities {@link MoveQuantities}', valuation {@link ItemCost}'s.
 */
final class PostingRun implements Move.PostingSteps {

    record Dependencies(LocationService locations, BalanceLocks balances, PostingWriter writer,
                        CostRepository costs, BatchRepository batches, SerialRepository serials,
                        StockEventPublisher events, ZoneId businessZone, Clock clock) {
    }

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final Dependencies d;
    private final Posting posting;
    private final UUID org;
    private final String postedBy;
    private final Instant now;
    private final Instant effectiveAt;
    private final UUID movementId = UUID.randomUUID();
    private final StockTracking tracking;

    private final Map<UUID, ItemFacts> items = new HashMap<>();
    private Map<StockKey, LockedBalance> locked;
    private final Map<StockKey, Balance> current = new HashMap<>();
    private final Map<StockKey, BigDecimal> onHandMoved = new LinkedHashMap<>();
    private final Map<StockKey, MovementType> lastType = new LinkedHashMap<>();
    private Map<UUID, ItemCost> costs = Map.of();
    /** The costs this posting locked and may change: only these are written back. */
    private final Map<UUID, ItemCost> changedCosts = new LinkedHashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<UUID, BigDecimal> valueByLocation = new HashMap<>();

    PostingRun(Dependencies d, Posting posting) {
        this.d = d;
        this.posting = posting;
        this.org = TenantContext.organizationId();
        this.postedBy = TenantContext.caller().subject();
        this.now = d.clock().instant();
        this.effectiveAt = posting.effectiveAt() == null ? now : posting.effectiveAt();
        if (effectiveAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw DomainException.invalidField("effectiveAt", "Future", "must not be in the future");
        }
        this.tracking = new StockTracking(org, d.batches(), d.serials(), d.businessZone(), effectiveAt);
    }

    PostingResult execute() {
        if (posting.moves().isEmpty()) {
            throw DomainException.invalidField("lines", "NotEmpty", "must not be empty");
        }
        TreeSet<StockKey> keys = new TreeSet<>();
        TreeSet<UUID> costChanged = new TreeSet<>(StockKey.UUID_ORDER);
        TreeSet<UUID> costRead = new TreeSet<>(StockKey.UUID_ORDER);
        for (Move move : posting.moves()) {
            List<UUID> locations = move.locationIds();
            if (new HashSet<>(locations).size() < locations.size()) {
                throw DomainException.invalidField("toLocationId", "Same", "must differ from the source location");
            }
            locations.forEach(location -> keys.add(new StockKey(move.itemId(), location)));
            switch (move.costUse()) {
                case CHANGES -> costChanged.add(move.itemId());
                case READS -> costRead.add(move.itemId());
                case NONE -> {
                }
            }
        }
        costRead.removeAll(costChanged);
        PostingLockQuery.Locked taken = d.balances().lock(keys, costChanged, costRead);
        locked = taken.balances();
        costs = taken.costs();
        costChanged.forEach(item -> changedCosts.put(item, costs.get(item)));
        locked.forEach((k, b) -> {
            current.put(k, b.balance());
            items.put(k.itemId(), b.item());
        });

        posting.moves().forEach(move -> move.applyTo(this));
        for (StockKey key : keys) {
            Balance after = current.get(key);
            String violation = after.violation();
            if (violation != null) {
                throw new InsufficientStockException(key, locked.get(key).balance().available(), violation);
            }
        }
        return persist(keys);
    }

    @Override
    public void receive(Move.Receive r) {
        receive(MovementType.IN, null, new StockKey(r.itemId(), r.locationId()), positive(r.quantity(), r.itemId()),
                r.unitCost(), r.batch(), r.serialNumbers(), r.binId());
    }

    @Override
    public void issue(Move.Issue i) {
        issue(MovementType.OUT, null, new StockKey(i.itemId(), i.locationId()), positive(i.quantity(), i.itemId()),
                i.fromReserved(), i.batchId(), i.serialNumbers(), i.binId());
    }

    @Override
    public void adjust(Move.Adjust a) {
        StockKey key = new StockKey(a.itemId(), a.locationId());
        if (a.reason() == null) {
            throw DomainException.invalidField("reason", "NotNull", "an adjustment needs a reason");
        }
        BigDecimal delta = MoveQuantities.quantity(a.delta(), items.get(a.itemId()));
        if (delta.signum() > 0) {
            receive(MovementType.ADJUSTMENT, a.reason(), key, delta, a.unitCost(), a.batch(), a.serialNumbers(),
                    a.binId());
        } else if (delta.signum() < 0) {
            issue(MovementType.ADJUSTMENT, a.reason(), key, delta.negate(), Quantities.ZERO, a.batchId(),
                    a.serialNumbers(), a.binId());
        } else {
            throw DomainException.invalidField("quantity", "NotZero", "an adjustment must change something");
        }
    }

    private void receive(MovementType type, AdjustmentReason reason, StockKey key, BigDecimal qty,
                         BigDecimal unitCost, Move.BatchRef batchRef, List<String> serials, UUID binId) {
        ItemFacts item = items.get(key.itemId());
        ItemCost cost = costs.get(key.itemId());
        checkBin(binId, key);
        StockTracking.Portion received = tracking.receive(key, item, qty, batchRef, serials);
        BigDecimal costPerUnit = cost.receiptUnitCost(unitCost, item.standardCost());
        BigDecimal valueDelta = cost.receive(qty, costPerUnit);
        change(key, qty, Quantities.ZERO, Quantities.ZERO, valueDelta, type);
        entries.add(entry(type, reason, key, qty, Quantities.ZERO, valueDelta, costPerUnit, received.batchId(),
                received.serials(), binId));
    }

    private void issue(MovementType type, AdjustmentReason reason, StockKey key, BigDecimal qty,
                       BigDecimal fromReserved, UUID batchId, List<String> serials, UUID binId) {
        checkBin(binId, key);
        BigDecimal reservedPart = fromReserved == null ? Quantities.ZERO
                : MoveQuantities.quantity(fromReserved, items.get(key.itemId()));
        if (reservedPart.signum() < 0 || reservedPart.compareTo(qty) > 0) {
            throw new IllegalArgumentException("fromReserved must be between 0 and the quantity");
        }
        ItemCost cost = costs.get(key.itemId());
        BigDecimal total = BigDecimal.ZERO;
        for (StockTracking.Portion p : tracking.takeOnHand(key, items.get(key.itemId()), qty, batchId, serials)) {
            BigDecimal valueDelta = cost.issue(p.quantity());
            total = total.add(valueDelta);
            tracking.issue(key.itemId(), p);
            entries.add(entry(type, reason, key, p.quantity().negate(), Quantities.ZERO, valueDelta,
                    unitCost(valueDelta, p.quantity()), p.batchId(), p.serials(), binId));
        }
        change(key, qty.negate(), reservedPart.negate(), Quantities.ZERO, total, type);
    }

    @Override
    public void transfer(Move.Transfer t) {
        StockKey from = new StockKey(t.itemId(), t.fromLocationId());
        StockKey to = new StockKey(t.itemId(), t.toLocationId());
        ItemFacts item = items.get(t.itemId());
        BigDecimal qty = positive(t.quantity(), t.itemId());
        BigDecimal reservedPart = t.fromReserved() == null ? Quantities.ZERO
                : MoveQuantities.quantity(t.fromReserved(), item);
        ItemCost cost = costs.get(t.itemId());
        BigDecimal moved = BigDecimal.ZERO;
        for (StockTracking.Portion p : tracking.takeOnHand(from, item, qty, t.batchId(), t.serialNumbers())) {
            BigDecimal value = cost.valueOf(p.quantity());
            moved = moved.add(value);
            BigDecimal onHandIn = t.intoTransit() ? Quantities.ZERO : p.quantity();
            BigDecimal inTransitIn = t.intoTransit() ? p.quantity() : Quantities.ZERO;
            tracking.put(to, p, t.intoTransit());
            BigDecimal unitCost = unitCost(value, p.quantity());
            entries.add(entry(MovementType.TRANSFER, null, from, p.quantity().negate(), Quantities.ZERO,
                    value.negate(), unitCost, p.batchId(), p.serials(), null));
            entries.add(entry(MovementType.TRANSFER, null, to, onHandIn, inTransitIn, value, unitCost, p.batchId(),
                    p.serials(), null));
        }
        change(from, qty.negate(), reservedPart.negate(), Quantities.ZERO, moved.negate(), MovementType.TRANSFER);
        change(to, t.intoTransit() ? Quantities.ZERO : qty, Quantities.ZERO, t.intoTransit() ? qty : Quantities.ZERO,
                moved, MovementType.TRANSFER);
    }

    @Override
    public void arrive(Move.ArriveFromTransit a) {
        StockKey key = new StockKey(a.itemId(), a.locationId());
        BigDecimal qty = positive(a.quantity(), a.itemId());
        for (StockTracking.Portion p : tracking.takeInTransit(key, items.get(key.itemId()), qty)) {
            tracking.put(key, p, false);
            entries.add(entry(MovementType.TRANSFER, null, key, p.quantity(), p.quantity().negate(),
                    BigDecimal.ZERO.setScale(4), null, p.batchId(), p.serials(), null));
        }
        change(key, qty, Quantities.ZERO, qty.negate(), BigDecimal.ZERO, MovementType.TRANSFER);
    }

    @Override
    public void writeOff(Move.WriteOffInTransit w) {
        StockKey key = new StockKey(w.itemId(), w.locationId());
        BigDecimal qty = positive(w.quantity(), w.itemId());
        if (w.reason() == null) {
            throw new IllegalArgumentException("a write-off needs a reason");
        }
        ItemCost cost = costs.get(key.itemId());
        BigDecimal total = BigDecimal.ZERO;
        for (StockTracking.Portion p : tracking.takeInTransit(key, items.get(key.itemId()), qty)) {
            BigDecimal valueDelta = cost.issue(p.quantity());
            total = total.add(valueDelta);
            tracking.issue(key.itemId(), p);
            entries.add(entry(MovementType.ADJUSTMENT, w.reason(), key, Quantities.ZERO, p.quantity().negate(),
                    valueDelta, unitCost(valueDelta, p.quantity()), p.batchId(), p.serials(), null));
        }
        change(key, Quantities.ZERO, Quantities.ZERO, qty.negate(), total, MovementType.ADJUSTMENT);
    }

    @Override
    public void reserve(Move.Reserve r) {
        StockKey key = new StockKey(r.itemId(), r.locationId());
        BigDecimal qty = positive(r.quantity(), r.itemId());
        Balance balance = current.get(key);
        if (balance.available().compareTo(qty) < 0) {
            throw new InsufficientStockException(key, balance.available(), "cannot reserve more than is available");
        }
        change(key, Quantities.ZERO, qty, Quantities.ZERO, BigDecimal.ZERO, null);
    }

    @Override
    public void unreserve(Move.Unreserve u) {
        change(new StockKey(u.itemId(), u.locationId()), Quantities.ZERO, positive(u.quantity(), u.itemId()).negate(),
                Quantities.ZERO, BigDecimal.ZERO, null);
    }

    private void checkBin(UUID binId, StockKey key) {
        if (binId != null && !d.locations().binBelongsTo(binId, key.locationId())) {
            throw DomainException.invalidField("binId", "NotFound", "no such bin at location " + key.locationId());
        }
    }

    private void change(StockKey key, BigDecimal onHand, BigDecimal reserved, BigDecimal inTransit,
                        BigDecimal value, MovementType type) {
        current.put(key, current.get(key).plus(onHand, reserved, inTransit, value));
        if (type != null) {
            onHandMoved.merge(key, onHand, BigDecimal::add);
            lastType.put(key, type);
            valueByLocation.merge(key.locationId(), value, BigDecimal::add);
        }
    }

    private LedgerEntry entry(MovementType type, AdjustmentReason reason, StockKey key, BigDecimal qty,
                              BigDecimal inTransit, BigDecimal value, BigDecimal unitCost, UUID batchId,
                              List<String> serials, UUID binId) {
        return new LedgerEntry(null, movementId, type, key.itemId(), key.locationId(), qty, inTransit, value,
                unitCost, reason == null ? null : reason.name(), batchId, serials, binId, posting.reservationId(),
                posting.sourceDocumentType(), posting.sourceDocumentId(), posting.note(), postedBy, now, effectiveAt);
    }

    private static int flag(boolean set) {
        return set ? 1 : 0;
    }

    private static BigDecimal unitCost(BigDecimal value, BigDecimal qty) {
        return value.abs().divide(qty, Quantities.MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    private BigDecimal positive(BigDecimal value, UUID itemId) {
        return MoveQuantities.positive(value, items.get(itemId));
    }

    private PostingResult persist(Set<StockKey> keys) {
        List<PostingWriter.BalanceUpdate> updates = new ArrayList<>();
        List<BalanceView> views = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(effectiveAt, d.businessZone());
        Map<UUID, TotalsDelta> totals = new TreeMap<>(StockKey.UUID_ORDER);
        for (StockKey key : keys) {
            LockedBalance before = locked.get(key);
            Balance after = current.get(key);
            StockLowRule.Outcome outcome = StockLowRule.evaluate(before.lowStock(), after.available(),
                    before.reorderLevel());
            boolean low = outcome == StockLowRule.Outcome.UNCHANGED ? before.lowStock()
                    : outcome == StockLowRule.Outcome.CROSSED_BELOW;
            boolean moved = lastType.containsKey(key);
            updates.add(new PostingWriter.BalanceUpdate(key, after, low, moved));
            Balance b = before.balance();
            totals.merge(key.locationId(), new TotalsDelta(key.locationId(), day, BigDecimal.ZERO,
                    flag(after.onHand().signum() > 0) - flag(b.onHand().signum() > 0),
                    flag(after.reserved().signum() > 0) - flag(b.reserved().signum() > 0),
                    flag(after.inTransit().signum() > 0) - flag(b.inTransit().signum() > 0),
                    flag(low) - flag(before.lowStock()),
                    flag(after.onHand().signum() < 0) - flag(b.onHand().signum() < 0)),
                    (x, y) -> x.plus(y.value(), y.inStock(), y.reserved(), y.inTransit(), y.low(), y.negative()));
            views.add(new BalanceView(key.itemId(), key.locationId(), after.onHand(), after.reserved(),
                    after.available(), after.inTransit(), after.value(), before.reorderLevel(),
                    before.reorderQuantity(), low, moved ? effectiveAt : null));
            if (outcome == StockLowRule.Outcome.CROSSED_BELOW) {
                d.events().stockLow(new StockEventPublisher.StockLow(key.itemId(), key.locationId(),
                        after.available(), before.reorderLevel(), before.reorderQuantity()));
            }
        }
        valueByLocation.forEach((location, value) -> totals.computeIfPresent(location,
                (l, t) -> t.plus(value, 0, 0, 0, 0, 0)));
        d.writer().write(org, entries, updates, changedCosts, totals.values(), effectiveAt);
        if (changedCosts.values().stream().anyMatch(c -> c.method() == ValuationMethod.FIFO)) {
            d.costs().saveLayers(org, changedCosts, movementId, effectiveAt);
        }
        tracking.save();
        String sourceType = posting.sourceDocumentType() == null ? null : posting.sourceDocumentType().name();
        for (Map.Entry<StockKey, MovementType> moved : lastType.entrySet()) {
            StockKey key = moved.getKey();
            Balance after = current.get(key);
            d.events().stockChanged(new StockEventPublisher.StockChanged(key.itemId(), key.locationId(), movementId,
                    moved.getValue().name(), onHandMoved.get(key), after.onHand(), after.reserved(),
                    after.available(), after.inTransit(), sourceType, posting.sourceDocumentId(),
                    after.value().subtract(locked.get(key).balance().value()), after.value(), effectiveAt));
        }
        return new PostingResult(movementId, List.copyOf(entries), views);
    }
}
