package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.stock.domain.BatchStock;
import dev.pitlane.inventory.stock.domain.FefoPicker;
import dev.pitlane.inventory.stock.domain.InsufficientStockException;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.domain.Quantities;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.inventory.stock.persistence.BatchRepository;
import dev.pitlane.inventory.stock.persistence.SerialRepository;
import dev.pitlane.platform.domain.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which batches and serial numbers one posting moves, by each item's tracking mode: a plain item moves quantities
 * only; a batch-tracked one moves them batch by batch (FEFO unless a batch is named); a serial-tracked one moves
 * named (or picked) serial numbers, whole units. Batch stocks change in memory and are written by {@link #save}.
 */
final class StockTracking {

    /** A part of a move that came from (or goes to) one batch, or one set of serial numbers. */
    record Portion(UUID batchId, BigDecimal quantity, List<String> serials) {
    }

    private final UUID org;
    private final BatchRepository batches;
    private final SerialRepository serials;
    private final ZoneId businessZone;
    private final Instant effectiveAt;
    private final Map<StockKey, Map<UUID, BatchStock>> batchStocks = new HashMap<>();

    StockTracking(UUID org, BatchRepository batches, SerialRepository serials, ZoneId businessZone,
                  Instant effectiveAt) {
        this.org = org;
        this.batches = batches;
        this.serials = serials;
        this.businessZone = businessZone;
        this.effectiveAt = effectiveAt;
    }

    /** Stock arriving on hand: into its batch (created on first receipt) or as new serial numbers in stock. */
    Portion receive(StockKey key, ItemFacts item, BigDecimal qty, Move.BatchRef batchRef, List<String> serialNumbers) {
        UUID batchId = null;
        if (item.trackingMode() == TrackingMode.BATCH) {
            if (batchRef == null || batchRef.batchNumber() == null || batchRef.batchNumber().isBlank()) {
                throw DomainException.invalidField("batch", "Required", "item " + key.itemId() + " is batch-tracked");
            }
            LocalDate expires = batchRef.expiresOn() != null ? batchRef.expiresOn()
                    : item.shelfLifeDays() == null ? null
                    : LocalDate.ofInstant(effectiveAt, businessZone).plusDays(item.shelfLifeDays());
            batchId = batches.findOrCreate(org, key.itemId(), batchRef.batchNumber(), expires,
                    batchRef.manufacturedOn()).id();
            addToBatch(key, batchId, qty, Quantities.ZERO);
        } else if (batchRef != null) {
            throw DomainException.unprocessable("not-batch-tracked", "Item " + key.itemId() + " is not batch-tracked");
        }
        List<String> received = null;
        if (item.trackingMode() == TrackingMode.SERIAL) {
            received = distinctSerials(serialNumbers, qty);
            for (SerialRepository.Serial s : serials.find(org, key.itemId(), received)) {
                if (s.status() != SerialRepository.Status.ISSUED) {
                    throw DomainException.conflict("serial-in-use", "Serial number " + s.serialNumber()
                            + " is already in stock or in transit");
                }
            }
            place(key.itemId(), received, SerialRepository.Status.IN_STOCK, key.locationId());
        } else if (serialNumbers != null && !serialNumbers.isEmpty()) {
            throw DomainException.unprocessable("not-serial-tracked",
                    "Item " + key.itemId() + " has no serial numbers");
        }
        return new Portion(batchId, qty, received);
    }

    /** Splits an on-hand decrease into batches (FEFO unless one is named) or serial numbers. */
    List<Portion> takeOnHand(StockKey key, ItemFacts item, BigDecimal qty, UUID batchId, List<String> serialNumbers) {
        if (item.trackingMode() == TrackingMode.BATCH) {
            if (batchId != null && batches.find(org, key.itemId(), batchId).isEmpty()) {
                throw DomainException.invalidField("batchId", "NotFound", "no such batch of item " + key.itemId());
            }
            return takeFromBatches(key, qty, BatchStock::onHand, batchId, true);
        }
        if (batchId != null) {
            throw DomainException.unprocessable("not-batch-tracked", "Item " + key.itemId() + " is not batch-tracked");
        }
        if (item.trackingMode() == TrackingMode.SERIAL) {
            List<String> chosen;
            if (serialNumbers != null && !serialNumbers.isEmpty()) {
                chosen = distinctSerials(serialNumbers, qty);
                for (String s : chosen) {
                    boolean here = serials.find(org, key.itemId(), List.of(s)).stream()
                            .anyMatch(found -> found.status() == SerialRepository.Status.IN_STOCK
                                    && key.locationId().equals(found.locationId()));
                    if (!here) {
                        throw DomainException.conflict("serial-not-here", "Serial number " + s + " is not in stock at "
                                + "location " + key.locationId());
                    }
                }
            } else {
                chosen = pickSerials(key, qty, SerialRepository.Status.IN_STOCK);
            }
            return List.of(new Portion(null, qty, chosen));
        }
        if (serialNumbers != null && !serialNumbers.isEmpty()) {
            throw DomainException.unprocessable("not-serial-tracked",
                    "Item " + key.itemId() + " has no serial numbers");
        }
        return List.of(new Portion(null, qty, null));
    }

    /** Splits an in-transit decrease into batches (FEFO) or serial numbers. */
    List<Portion> takeInTransit(StockKey key, ItemFacts item, BigDecimal qty) {
        if (item.trackingMode() == TrackingMode.BATCH) {
            return takeFromBatches(key, qty, BatchStock::inTransit, null, false);
        }
        if (item.trackingMode() == TrackingMode.SERIAL) {
            return List.of(new Portion(null, qty, pickSerials(key, qty, SerialRepository.Status.IN_TRANSIT)));
        }
        return List.of(new Portion(null, qty, null));
    }

    /** Puts a portion taken elsewhere at {@code key}: on hand, or in transit to it. */
    void put(StockKey key, Portion portion, boolean inTransit) {
        if (portion.batchId() != null) {
            addToBatch(key, portion.batchId(), inTransit ? Quantities.ZERO : portion.quantity(),
                    inTransit ? portion.quantity() : Quantities.ZERO);
        }
        if (portion.serials() != null) {
            place(key.itemId(), portion.serials(), inTransit ? SerialRepository.Status.IN_TRANSIT
                    : SerialRepository.Status.IN_STOCK, key.locationId());
        }
    }

    /** A portion's serial numbers leave the organization (issued, written off). */
    void issue(UUID itemId, Portion portion) {
        if (portion.serials() != null) {
            place(itemId, portion.serials(), SerialRepository.Status.ISSUED, null);
        }
    }

    /** Writes the batch stocks this posting changed. */
    void save() {
        batchStocks.forEach((key, stocks) -> batches.save(org, key, stocks.values()));
    }

    private void place(UUID itemId, List<String> numbers, SerialRepository.Status status, UUID locationId) {
        serials.place(org, itemId, numbers, status, locationId);
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
            batches.stocks(org, k).forEach(s -> byId.put(s.batchId(), s));
            return byId;
        });
    }

    private void addToBatch(StockKey key, UUID batchId, BigDecimal onHand, BigDecimal inTransit) {
        Map<UUID, BatchStock> stocks = batchesAt(key);
        BatchStock s = stocks.get(batchId);
        if (s == null) {
            BatchRepository.Batch batch = batches.find(org, key.itemId(), batchId).orElseThrow();
            s = new BatchStock(batchId, batch.batchNumber(), batch.expiresOn(), Quantities.ZERO, Quantities.ZERO);
        }
        stocks.put(batchId, new BatchStock(batchId, s.batchNumber(), s.expiresOn(), s.onHand().add(onHand),
                s.inTransit().add(inTransit)));
    }

    private List<String> pickSerials(StockKey key, BigDecimal qty, SerialRepository.Status status) {
        int count = MoveQuantities.wholeCount(qty);
        List<String> picked = serials.pick(org, key.itemId(), key.locationId(), status, count);
        if (picked.size() < count) {
            throw new InsufficientStockException(key, BigDecimal.valueOf(picked.size()),
                    "fewer serial numbers are " + (status == SerialRepository.Status.IN_STOCK ? "in stock"
                            : "in transit") + " there");
        }
        return picked;
    }

    private static List<String> distinctSerials(List<String> serialNumbers, BigDecimal qty) {
        int count = MoveQuantities.wholeCount(qty);
        if (serialNumbers == null || serialNumbers.size() != count || new HashSet<>(serialNumbers).size() != count
                || serialNumbers.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw DomainException.invalidField("serialNumbers", "Count",
                    "give exactly " + count + " distinct serial numbers");
        }
        return List.copyOf(serialNumbers);
    }
}
