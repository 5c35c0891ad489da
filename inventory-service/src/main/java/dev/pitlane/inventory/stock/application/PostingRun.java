package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.stock.domain.AdjustmentReason;
import dev.pitlane.inventory.stock.domain.Balance;
import dev.pitlane.inventory.stock.domain.BatchStock;
import dev.pitlane.inventory.stock.domain.FefoPicker;
import dev.pitlane.inventory.stock.domain.InsufficientStockException;
import dev.pitlane.inventory.stock.domain.ItemCost;
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
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.ApiException;

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
import java.util.function.Function;

/** One posting being applied: the state it has locked and the rows it will write. */
final class PostingRun {

    record Dependencies(LocationService locations, BalanceLocks balances, PostingWriter writer,
                        CostRepository costs, BatchRepository batches, SerialRepository serials,
                        StockEventPublisher events, ZoneId businessZone, Clock clock) {
    }

    /** A part of a move that came from (or goes to) one batch, or one set of serial numbers. */
    private record Portion(UUID batchId, BigDecimal quantity, List<String> serials) {
    }

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final Dependencies d;
    private final Posting posting;
    private final UUID org;
    private final String postedBy;
    private final Instant now;
    private final Instant effectiveAt;
    private final UUID movementId = UUID.randomUUID();

    private final Map<UUID, ItemFacts> items = new HashMap<>();
    private Map<StockKey, LockedBalance> locked;
    private final Map<StockKey, Balance> current = new HashMap<>();
    private final Map<StockKey, BigDecimal> onHandMoved = new LinkedHashMap<>();
    private final Map<StockKey, MovementType> lastType = new LinkedHashMap<>();
    private Map<UUID, ItemCost> costs = Map.of();
    /** The costs this posting locked and may change: only these are written back. */
    private final Map<UUID, ItemCost> changedCosts = new LinkedHashMap<>();
    private final Map<StockKey, Map<UUID, BatchStock>> batchStocks = new HashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<UUID, BigDecimal> valueByLocation = new HashMap<>();

    /** @param writeAtCommit the caller's transaction reads no stock after this posting (see {@link StockEngine}) */
    PostingRun(Dependencies d, Posting posting) {
        this.d = d;
        this.posting = posting;
        this.org = TenantContext.organizationId();
        this.postedBy = TenantContext.caller().subject();
        this.now = d.clock().instant();
        this.effectiveAt = posting.effectiveAt() == null ? now : posting.effectiveAt();
        if (effectiveAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.badField("effectiveAt", "Future", "must not be in the future");
        }
    }

    PostingResult execute() {
        if (posting.moves().isEmpty()) {
            throw ApiException.badField("lines", "NotEmpty", "must not be empty");
        }
        TreeSet<StockKey> keys = new TreeSet<>();
        for (Move move : posting.moves()) {
            for (UUID location : locationsOf(move)) {
                keys.add(new StockKey(move.itemId(), location));
            }
        }
        // a transfer only reads the item's cost (the value it moves stays owned); an arrival does not need it
        TreeSet<UUID> costChanged = new TreeSet<>(StockKey.UUID_ORDER);
        TreeSet<UUID> costRead = new TreeSet<>(StockKey.UUID_ORDER);
        for (Move m : posting.moves()) {
            if (m instanceof Move.Transfer) {
                costRead.add(m.itemId());
            } else if (!(m instanceof Move.Reserve || m instanceof Move.Unreserve
                    || m instanceof Move.ArriveFromTransit)) {
                costChanged.add(m.itemId());
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

        posting.moves().forEach(this::apply);
        for (StockKey key : keys) {
            Balance after = current.get(key);
            String violation = after.violation();
            if (violation != null) {
                throw new InsufficientStockException(key, locked.get(key).balance().available(), violation);
            }
        }
        return persist(keys);
    }

    private static List<UUID> locationsOf(Move move) {
        if (move instanceof Move.Transfer t) {
            if (t.fromLocationId().equals(t.toLocationId())) {
                throw ApiException.badField("toLocationId", "Same", "must differ from the source location");
            }
            return List.of(t.fromLocationId(), t.toLocationId());
        }
        if (move instanceof Move.Receive r) {
            return List.of(r.locationId());
        }
        if (move instanceof Move.Issue i) {
            return List.of(i.locationId());
        }
        if (move instanceof Move.Adjust a) {
            return List.of(a.locationId());
        }
        if (move instanceof Move.ArriveFromTransit a) {
            return List.of(a.locationId());
        }
        if (move instanceof Move.WriteOffInTransit w) {
            return List.of(w.locationId());
        }
        if (move instanceof Move.Reserve r) {
            return List.of(r.locationId());
        }
        return List.of(((Move.Unreserve) move).locationId());
    }

    private void apply(Move move) {
        if (move instanceof Move.Receive r) {
            receive(MovementType.IN, null, new StockKey(r.itemId(), r.locationId()), positive(r.quantity(), r.itemId()),
                    r.unitCost(), r.batch(), r.serialNumbers(), r.binId());
        } else if (move instanceof Move.Issue i) {
            issue(MovementType.OUT, null, new StockKey(i.itemId(), i.locationId()), positive(i.quantity(), i.itemId()),
                    i.fromReserved(), i.batchId(), i.serialNumbers(), i.binId());
        } else if (move instanceof Move.Adjust a) {
            adjust(a);
        } else if (move instanceof Move.Transfer t) {
            transfer(t);
        } else if (move instanceof Move.ArriveFromTransit a) {
            arrive(new StockKey(a.itemId(), a.locationId()), positive(a.quantity(), a.itemId()));
        } else if (move instanceof Move.WriteOffInTransit w) {
            writeOff(new StockKey(w.itemId(), w.locationId()), positive(w.quantity(), w.itemId()), w.reason());
        } else if (move instanceof Move.Reserve r) {
            reserve(new StockKey(r.itemId(), r.locationId()), positive(r.quantity(), r.itemId()));
        } else if (move instanceof Move.Unreserve u) {
            change(new StockKey(u.itemId(), u.locationId()), Quantities.ZERO, positive(u.quantity(), u.itemId()).negate(),
                    Quantities.ZERO, BigDecimal.ZERO, null);
        }
    }

    private void adjust(Move.Adjust a) {
        StockKey key = new StockKey(a.itemId(), a.locationId());
        if (a.reason() == null) {
            throw ApiException.badField("reason", "NotNull", "an adjustment needs a reason");
        }
        BigDecimal delta = quantity(a.delta(), a.itemId());
        if (delta.signum() > 0) {
            receive(MovementType.ADJUSTMENT, a.reason(), key, delta, a.unitCost(), a.batch(), a.serialNumbers(),
                    a.binId());
        } else if (delta.signum() < 0) {
            issue(MovementType.ADJUSTMENT, a.reason(), key, delta.negate(), Quantities.ZERO, a.batchId(),
                    a.serialNumbers(), a.binId());
        } else {
            throw ApiException.badField("quantity", "NotZero", "an adjustment must change something");
        }
    }

    private void receive(MovementType type, AdjustmentReason reason, StockKey key, BigDecimal qty,
                         BigDecimal unitCost, Move.BatchRef batchRef, List<String> serials, UUID binId) {
        ItemFacts item = items.get(key.itemId());
        ItemCost cost = costs.get(key.itemId());
        checkBin(binId, key);
        UUID batchId = null;
        if (item.trackingMode() == TrackingMode.BATCH) {
            if (batchRef == null || batchRef.batchNumber() == null || batchRef.batchNumber().isBlank()) {
                throw ApiException.badField("batch", "Required", "item " + key.itemId() + " is batch-tracked");
            }
            LocalDate expires = batchRef.expiresOn() != null ? batchRef.expiresOn()
                    : item.shelfLifeDays() == null ? null
                    : LocalDate.ofInstant(effectiveAt, d.businessZone()).plusDays(item.shelfLifeDays());
            batchId = d.batches().findOrCreate(org, key.itemId(), batchRef.batchNumber(), expires,
                    batchRef.manufacturedOn()).id();
            addToBatch(key, batchId, qty, Quantities.ZERO);
        } else if (batchRef != null) {
            throw ApiException.unprocessable("not-batch-tracked", "Item " + key.itemId() + " is not batch-tracked");
        }
        List<String> received = null;
        if (item.trackingMode() == TrackingMode.SERIAL) {
            received = distinctSerials(serials, qty);
            for (SerialRepository.Serial s : d.serials().find(org, key.itemId(), received)) {
                if (s.status() != SerialRepository.Status.ISSUED) {
                    throw ApiException.conflict("serial-in-use", "Serial number " + s.serialNumber()
                            + " is already in stock or in transit");
                }
            }
            d.serials().place(org, key.itemId(), received, SerialRepository.Status.IN_STOCK, key.locationId());
        } else if (serials != null && !serials.isEmpty()) {
            throw ApiException.unprocessable("not-serial-tracked", "Item " + key.itemId() + " has no serial numbers");
        }
        BigDecimal costPerUnit = unitCost != null ? Quantities.money(unitCost)
                : cost.averageCost().signum() > 0 ? cost.averageCost()
                : item.standardCost() != null ? Quantities.money(item.standardCost()) : Quantities.money(BigDecimal.ZERO);
        BigDecimal valueDelta = cost.receive(qty, costPerUnit);
        change(key, qty, Quantities.ZERO, Quantities.ZERO, valueDelta, type);
        entries.add(entry(type, reason, key, qty, Quantities.ZERO, valueDelta, costPerUnit, batchId, received, binId));
    }

    private void issue(MovementType type, AdjustmentReason reason, StockKey key, BigDecimal qty,
                       BigDecimal fromReserved, UUID batchId, List<String> serials, UUID binId) {
        checkBin(binId, key);
        BigDecimal reservedPart = fromReserved == null ? Quantities.ZERO : quantity(fromReserved, key.itemId());
        if (reservedPart.signum() < 0 || reservedPart.compareTo(qty) > 0) {
            throw new IllegalArgumentException("fromReserved must be between 0 and the quantity");
        }
        ItemCost cost = costs.get(key.itemId());
        BigDecimal total = BigDecimal.ZERO;
        for (Portion p : takeOnHand(key, qty, batchId, serials)) {
            BigDecimal valueDelta = cost.issue(p.quantity());
            total = total.add(valueDelta);
            if (p.serials() != null) {
                d.serials().place(org, key.itemId(), p.serials(), SerialRepository.Status.ISSUED, null);
            }
            entries.add(entry(type, reason, key, p.quantity().negate(), Quantities.ZERO, valueDelta,
                    unitCost(valueDelta, p.quantity()), p.batchId(), p.serials(), binId));
        }
        change(key, qty.negate(), reservedPart.negate(), Quantities.ZERO, total, type);
    }

    private void transfer(Move.Transfer t) {
        StockKey from = new StockKey(t.itemId(), t.fromLocationId());
        StockKey to = new StockKey(t.itemId(), t.toLocationId());
        BigDecimal qty = positive(t.quantity(), t.itemId());
        BigDecimal reservedPart = t.fromReserved() == null ? Quantities.ZERO : quantity(t.fromReserved(), t.itemId());
        ItemCost cost = costs.get(t.itemId());
        BigDecimal moved = BigDecimal.ZERO;
        for (Portion p : takeOnHand(from, qty, t.batchId(), t.serialNumbers())) {
            BigDecimal value = cost.valueOf(p.quantity());
            moved = moved.add(value);
            BigDecimal onHandIn = t.intoTransit() ? Quantities.ZERO : p.quantity();
            BigDecimal inTransitIn = t.intoTransit() ? p.quantity() : Quantities.ZERO;
            if (p.batchId() != null) {
                addToBatch(to, p.batchId(), onHandIn, inTransitIn);
            }
            if (p.serials() != null) {
                d.serials().place(org, t.itemId(), p.serials(), t.intoTransit() ? SerialRepository.Status.IN_TRANSIT
                        : SerialRepository.Status.IN_STOCK, t.toLocationId());
            }
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

    private void arrive(StockKey key, BigDecimal qty) {
        for (Portion p : takeInTransit(key, qty)) {
            if (p.batchId() != null) {
                addToBatch(key, p.batchId(), p.quantity(), Quantities.ZERO);
            }
            if (p.serials() != null) {
                d.serials().place(org, key.itemId(), p.serials(), SerialRepository.Status.IN_STOCK, key.locationId());
            }
            entries.add(entry(MovementType.TRANSFER, null, key, p.quantity(), p.quantity().negate(),
                    BigDecimal.ZERO.setScale(4), null, p.batchId(), p.serials(), null));
        }
        change(key, qty, Quantities.ZERO, qty.negate(), BigDecimal.ZERO, MovementType.TRANSFER);
    }

    private void writeOff(StockKey key, BigDecimal qty, AdjustmentReason reason) {
        if (reason == null) {
            throw new IllegalArgumentException("a write-off needs a reason");
        }
        ItemCost cost = costs.get(key.itemId());
        BigDecimal total = BigDecimal.ZERO;
        for (Portion p : takeInTransit(key, qty)) {
            BigDecimal valueDelta = cost.issue(p.quantity());
            total = total.add(valueDelta);
            if (p.serials() != null) {
                d.serials().place(org, key.itemId(), p.serials(), SerialRepository.Status.ISSUED, null);
            }
            entries.add(entry(MovementType.ADJUSTMENT, reason, key, Quantities.ZERO, p.quantity().negate(),
                    valueDelta, unitCost(valueDelta, p.quantity()), p.batchId(), p.serials(), null));
        }
        change(key, Quantities.ZERO, Quantities.ZERO, qty.negate(), total, MovementType.ADJUSTMENT);
    }

    private void reserve(StockKey key, BigDecimal qty) {
        Balance balance = current.get(key);
        if (balance.available().compareTo(qty) < 0) {
            throw new InsufficientStockException(key, balance.available(), "cannot reserve more than is available");
        }
        change(key, Quantities.ZERO, qty, Quantities.ZERO, BigDecimal.ZERO, null);
    }

    /** Splits an on-hand decrease into batches (FEFO unless one is named) or serial numbers. */
    private List<Portion> takeOnHand(StockKey key, BigDecimal qty, UUID batchId, List<String> serials) {
        ItemFacts item = items.get(key.itemId());
        if (item.trackingMode() == TrackingMode.BATCH) {
            if (batchId != null && d.batches().find(org, key.itemId(), batchId).isEmpty()) {
                throw ApiException.badField("batchId", "NotFound", "no such batch of item " + key.itemId());
            }
            return takeFromBatches(key, qty, BatchStock::onHand, batchId, true);
        }
        if (batchId != null) {
            throw ApiException.unprocessable("not-batch-tracked", "Item " + key.itemId() + " is not batch-tracked");
        }
        if (item.trackingMode() == TrackingMode.SERIAL) {
            List<String> chosen;
            if (serials != null && !serials.isEmpty()) {
                chosen = distinctSerials(serials, qty);
                for (String s : chosen) {
                    boolean here = d.serials().find(org, key.itemId(), List.of(s)).stream()
                            .anyMatch(found -> found.status() == SerialRepository.Status.IN_STOCK
                                    && key.locationId().equals(found.locationId()));
                    if (!here) {
                        throw ApiException.conflict("serial-not-here", "Serial number " + s + " is not in stock at "
                                + "location " + key.locationId());
                    }
                }
            } else {
                chosen = pickSerials(key, qty, SerialRepository.Status.IN_STOCK);
            }
            return List.of(new Portion(null, qty, chosen));
        }
        if (serials != null && !serials.isEmpty()) {
            throw ApiException.unprocessable("not-serial-tracked", "Item " + key.itemId() + " has no serial numbers");
        }
        return List.of(new Portion(null, qty, null));
    }

    private List<Portion> takeInTransit(StockKey key, BigDecimal qty) {
        ItemFacts item = items.get(key.itemId());
        if (item.trackingMode() == TrackingMode.BATCH) {
            return takeFromBatches(key, qty, BatchStock::inTransit, null, false);
        }
        if (item.trackingMode() == TrackingMode.SERIAL) {
            return List.of(new Portion(null, qty, pickSerials(key, qty, SerialRepository.Status.IN_TRANSIT)));
        }
        return List.of(new Portion(null, qty, null));
    }

    private List<Portion> takeFromBatches(StockKey key, BigDecimal qty, Function<BatchStock, BigDecimal> bucket,
                                          UUID onlyBatch, boolean onHand) {
        Map<UUID, BatchStock> stocks = batchesAt(key);
        List<BatchStock> candidates = stocks.values().stream()
                .filter(s -> onlyBatch == null || s.batchId().equals(onlyBatch)).toList();
        List<FefoPicker.Pick> picks = FefoPicker.pick(candidates, qty, bucket);
        if (picks.isEmpty()) {
            BigDecimal there = candidates.stream().map(bucket).reduce(BigDecimal.ZERO, BigDecimal::add);
            throw new InsufficientStockException(key, there, onHand ? "the batches hold less than that"
                    : "less than that is in transit");
        }
        List<Portion> portions = new ArrayList<>();
        for (FefoPicker.Pick pick : picks) {
            if (onHand) {
                addToBatch(key, pick.batchId(), pick.quantity().negate(), Quantities.ZERO);
            } else {
                addToBatch(key, pick.batchId(), Quantities.ZERO, pick.quantity().negate());
            }
            portions.add(new Portion(pick.batchId(), pick.quantity(), null));
        }
        return portions;
    }

    private Map<UUID, BatchStock> batchesAt(StockKey key) {
        return batchStocks.computeIfAbsent(key, k -> {
            Map<UUID, BatchStock> byId = new LinkedHashMap<>();
            d.batches().stocks(org, k).forEach(s -> byId.put(s.batchId(), s));
            return byId;
        });
    }

    private void addToBatch(StockKey key, UUID batchId, BigDecimal onHand, BigDecimal inTransit) {
        Map<UUID, BatchStock> stocks = batchesAt(key);
        BatchStock s = stocks.get(batchId);
        if (s == null) {
            BatchRepository.Batch batch = d.batches().find(org, key.itemId(), batchId).orElseThrow();
            s = new BatchStock(batchId, batch.batchNumber(), batch.expiresOn(), Quantities.ZERO, Quantities.ZERO);
        }
        stocks.put(batchId, new BatchStock(batchId, s.batchNumber(), s.expiresOn(), s.onHand().add(onHand),
                s.inTransit().add(inTransit)));
    }

    private List<String> pickSerials(StockKey key, BigDecimal qty, SerialRepository.Status status) {
        int count = wholeCount(qty);
        List<String> picked = d.serials().pick(org, key.itemId(), key.locationId(), status, count);
        if (picked.size() < count) {
            throw new InsufficientStockException(key, BigDecimal.valueOf(picked.size()),
                    "fewer serial numbers are " + (status == SerialRepository.Status.IN_STOCK ? "in stock"
                            : "in transit") + " there");
        }
        return picked;
    }

    private static List<String> distinctSerials(List<String> serials, BigDecimal qty) {
        int count = wholeCount(qty);
        if (serials == null || serials.size() != count || new HashSet<>(serials).size() != count
                || serials.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw ApiException.badField("serialNumbers", "Count",
                    "give exactly " + count + " distinct serial numbers");
        }
        return List.copyOf(serials);
    }

    private static int wholeCount(BigDecimal qty) {
        if (!Quantities.isWhole(qty)) {
            throw ApiException.badField("quantity", "Whole", "serial-tracked items move in whole units");
        }
        return qty.intValueExact();
    }

    private void checkBin(UUID binId, StockKey key) {
        if (binId != null && !d.locations().binBelongsTo(binId, key.locationId())) {
            throw ApiException.badField("binId", "NotFound", "no such bin at location " + key.locationId());
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
        BigDecimal q = quantity(value, itemId);
        if (q.signum() <= 0) {
            throw ApiException.badField("quantity", "Positive", "must be greater than 0");
        }
        return q;
    }

    /** A quantity of the item's unit: three decimals at most, whole for a counted unit. */
    private BigDecimal quantity(BigDecimal value, UUID itemId) {
        if (value == null) {
            throw ApiException.badField("quantity", "NotNull", "is required");
        }
        BigDecimal q;
        try {
            q = Quantities.quantity(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("quantity", "Scale", e.getMessage());
        }
        if (!items.get(itemId).fractional() && !Quantities.isWhole(q)) {
            throw ApiException.badField("quantity", "Whole", "must be a whole number of the item's unit");
        }
        return q;
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
        batchStocks.forEach((key, stocks) -> d.batches().save(org, key, stocks.values()));
        String sourceType = posting.sourceDocumentType() == null ? null : posting.sourceDocumentType().name();
        for (Map.Entry<StockKey, MovementType> moved : lastType.entrySet()) {
            StockKey key = moved.getKey();
            Balance after = current.get(key);
            d.events().stockChanged(new StockEventPublisher.StockChanged(key.itemId(), key.locationId(), movementId,
                    moved.getValue().name(), onHandMoved.get(key), after.onHand(), after.reserved(),
                    after.available(), after.inTransit(), sourceType, posting.sourceDocumentId()));
        }
        return new PostingResult(movementId, List.copyOf(entries), views);
    }
}
