package dev.pitlane.inventory.reservation.application;

import dev.pitlane.inventory.catalog.application.ItemCatalog;
import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.reservation.domain.ReferenceType;
import dev.pitlane.inventory.reservation.domain.ReservationLine;
import dev.pitlane.inventory.reservation.domain.ReservationStatus;
import dev.pitlane.inventory.reservation.messaging.ReservationEventPublisher;
import dev.pitlane.inventory.reservation.persistence.ReservationRepository;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.application.Posting;
import dev.pitlane.inventory.stock.application.StockEngine;
import dev.pitlane.inventory.stock.domain.Balance;
import dev.pitlane.inventory.stock.domain.InsufficientStockException;
import dev.pitlane.inventory.stock.domain.Quantities;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * Reservations set stock aside for a job card, a parts issue or a sales order. Reserving locks the balances and
 * never takes more than is available; releasing gives the rest back; consuming turns reserved stock into an OUT.
 */
@Service
public class ReservationService {

    public record Request(ReferenceType referenceType, String referenceId, UUID locationId, Instant expiresAt,
                          boolean allowPartial, List<RequestLine> lines) {
    }

    /** @param unitId null: the item's unit */
    public record RequestLine(UUID lineId, UUID itemId, BigDecimal quantity, UUID unitId) {
    }

    /** Either a reservation, or (nothing at all was available) what each line could have had. */
    public record Outcome(ReservationView reservation, List<Shortfall> shortfalls) {
    }

    public record Shortfall(UUID lineId, UUID itemId, BigDecimal requestedQuantity, BigDecimal availableQuantity) {
    }

    private final StockEngine engine;
    private final ItemCatalog catalog;
    private final ReservationRepository reservations;
    private final ReservationEventPublisher events;
    private final Clock clock;

    public ReservationService(StockEngine engine, ItemCatalog catalog, ReservationRepository reservations,
                              ReservationEventPublisher events, Clock clock) {
        this.engine = engine;
        this.catalog = catalog;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reserves every line in full, or (with {@code allowPartial}) as much of each as is available. When nothing at
     * all can be reserved the outcome carries the shortfalls and no reservation exists.
     *
     * @throws InsufficientStockException without {@code allowPartial}, when a line cannot be reserved in full
     */
    @Transactional
    public Outcome reserve(Request r) {
        UUID org = TenantContext.organizationId();
        if (r.expiresAt() != null && !r.expiresAt().isAfter(clock.instant())) {
            throw DomainException.invalidField("expiresAt", "Future", "must be in the future");
        }
        Set<UUID> itemIds = new LinkedHashSet<>();
        r.lines().forEach(l -> itemIds.add(l.itemId()));
        Map<UUID, ItemFacts> items = catalog.requireActive(itemIds);
        List<BigDecimal> wanted = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            RequestLine line = r.lines().get(i);
            BigDecimal qty;
            try {
                qty = catalog.toBaseQuantity(items.get(line.itemId()), line.unitId(), line.quantity());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidField("lines[" + i + "].quantity", "Unit", e.getMessage());
            }
            if (qty.signum() <= 0) {
                throw DomainException.invalidField("lines[" + i + "].quantity", "Positive", "must be greater than 0");
            }
            wanted.add(qty);
        }

        Set<StockKey> keys = new LinkedHashSet<>();
        r.lines().forEach(l -> keys.add(new StockKey(l.itemId(), r.locationId())));
        Map<StockKey, Balance> locked = engine.lock(keys);
        Map<StockKey, BigDecimal> left = new HashMap<>();
        locked.forEach((k, b) -> left.put(k, b.available().max(Quantities.ZERO)));

        List<ReservationLine> lines = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            RequestLine line = r.lines().get(i);
            StockKey key = new StockKey(line.itemId(), r.locationId());
            BigDecimal available = left.get(key);
            BigDecimal take = wanted.get(i).min(available);
            if (!r.allowPartial() && take.compareTo(wanted.get(i)) < 0) {
                throw new InsufficientStockException(key, available, "cannot reserve more than is available");
            }
            shortfalls.add(new Shortfall(line.lineId(), line.itemId(), wanted.get(i), available));
            left.put(key, available.subtract(take));
            if (take.signum() > 0) {
                moves.add(new Move.Reserve(line.itemId(), r.locationId(), take));
            }
            lines.add(new ReservationLine(i + 1, line.lineId(), line.itemId(), wanted.get(i), take, Quantities.ZERO,
                    Quantities.ZERO));
        }
        if (moves.isEmpty()) {
            return new Outcome(null, shortfalls);
        }
        UUID id = UUID.randomUUID();
        engine.post(new Posting(null, r.referenceId(), null, null, id, moves));
        reservations.insert(org, id, r.referenceType(), r.referenceId(), r.locationId(), r.expiresAt(),
                TenantContext.caller().subject(), lines);
        ReservationView view = get(id);
        events.reserved(new ReservationEventPublisher.StockReserved(id, r.referenceType().name(), r.referenceId(),
                r.locationId(), view.partial(), lines.stream().map(l -> new ReservationEventPublisher.ReservedLine(
                        l.lineId(), l.itemId(), l.requestedQuantity(), l.quantity())).toList()));
        return new Outcome(view, List.of());
    }

    /** Answers a request of which nothing could be reserved: ReservationRejected, with what each line could get. */
    public void reject(ReferenceType type, String referenceId, UUID locationId, String reason,
                       List<Shortfall> lines) {
        events.rejected(new ReservationEventPublisher.ReservationRejected(type.name(), referenceId, locationId, reason,
                lines.stream().map(l -> new ReservationEventPublisher.RejectedLine(l.lineId(), l.itemId(),
                        l.requestedQuantity(), l.availableQuantity())).toList()));
    }

    @Transactional
    public ReservationView release(UUID id) {
        return giveBack(lockActive(id), ReservationStatus.RELEASED);
    }

    /** Releases a reservation whose time ran out; false if it is no longer active (released meanwhile). */
    @Transactional
    public boolean expire(UUID id) {
        ReservationView r = reservations.find(TenantContext.organizationId(), id, true).orElse(null);
        if (r == null || r.status() != ReservationStatus.ACTIVE || r.expiresAt() == null
                || r.expiresAt().isAfter(clock.instant())) {
            return false;
        }
        giveBack(r, ReservationStatus.EXPIRED);
        return true;
    }

    private ReservationView giveBack(ReservationView r, ReservationStatus kind) {
        UUID org = TenantContext.organizationId();
        List<Move> moves = new ArrayList<>();
        List<ReservationEventPublisher.ReleasedLine> released = new ArrayList<>();
        List<ReservationLine> after = new ArrayList<>();
        boolean consumed = false;
        for (ReservationLine line : r.domainLines()) {
            if (line.remaining().signum() > 0) {
                moves.add(new Move.Unreserve(line.itemId(), r.locationId(), line.remaining()));
                released.add(new ReservationEventPublisher.ReleasedLine(line.itemId(), line.remaining()));
            }
            consumed |= line.consumedQuantity().signum() > 0;
            after.add(line.releaseRest());
        }
        if (!moves.isEmpty()) {
            engine.post(new Posting(null, r.referenceId(), null, null, r.id(), moves));
        }
        reservations.updateLines(org, r.id(), after);
        reservations.close(org, r.id(), ReservationStatus.closed(consumed, kind), clock.instant());
        events.released(new ReservationEventPublisher.ReservationReleased(r.id(), r.referenceType().name(),
                r.referenceId(), released));
        return get(r.id());
    }

    /**
     * Turns reserved stock into an OUT at the reservation's location.
     *
     * @param quantities per item, in the item's unit; empty: everything still reserved
     */
    @Transactional
    public ReservationView consume(UUID id, Map<UUID, BigDecimal> quantities) {
        ReservationView r = lockActive(id);
        Map<UUID, BigDecimal> wanted = new HashMap<>(quantities);
        List<ReservationLine> after = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (ReservationLine line : r.domainLines()) {
            BigDecimal qty = quantities.isEmpty() ? line.remaining()
                    : wanted.getOrDefault(line.itemId(), Quantities.ZERO).min(line.remaining());
            if (!quantities.isEmpty()) {
                wanted.computeIfPresent(line.itemId(), (k, v) -> v.subtract(qty));
            }
            if (qty.signum() > 0) {
                moves.add(new Move.Issue(line.itemId(), r.locationId(), qty, qty, null, null, null));
            }
            after.add(line.consume(qty));
        }
        wanted.forEach((item, rest) -> {
            if (rest.signum() > 0) {
                throw DomainException.unprocessable("more-than-reserved", "Item " + item + ": "
                        + rest.stripTrailingZeros().toPlainString() + " more than is reserved (or not in it)");
            }
        });
        if (moves.isEmpty()) {
            throw DomainException.invalidField("lines", "NothingToConsume", "nothing of these items is reserved");
        }
        engine.post(new Posting(sourceOf(r.referenceType()), r.referenceId(), null, null, r.id(), moves));
        settle(r, after);
        return get(id);
    }

    /** The reservation, locked for a settlement by the caller (a dispatch consumes it by transfer). */
    @Transactional
    public ReservationView lockActive(UUID id) {
        ReservationView r = reservations.find(TenantContext.organizationId(), id, true)
                .orElseThrow(() -> DomainException.notFound("Reservation", id));
        if (r.status() != ReservationStatus.ACTIVE) {
            throw DomainException.conflict("reservation-not-active", "Reservation " + id + " is " + r.status());
        }
        return r;
    }

    /** The reservation, locked until the transaction ends, if it is still active. */
    public Optional<ReservationView> lockIfActive(UUID id) {
        return reservations.find(TenantContext.organizationId(), id, true)
                .filter(r -> r.status() == ReservationStatus.ACTIVE);
    }

    /** Records consumption done by the caller's posting; closes the reservation when nothing is left. */
    @Transactional
    public void settle(ReservationView r, List<ReservationLine> after) {
        UUID org = TenantContext.organizationId();
        reservations.updateLines(org, r.id(), after);
        if (after.stream().allMatch(l -> l.remaining().signum() == 0)) {
            boolean consumed = after.stream().anyMatch(l -> l.consumedQuantity().signum() > 0);
            reservations.close(org, r.id(), ReservationStatus.closed(consumed, ReservationStatus.RELEASED),
                    clock.instant());
        }
    }

    public ReservationView get(UUID id) {
        return reservations.find(TenantContext.organizationId(), id, false)
                .orElseThrow(() -> DomainException.notFound("Reservation", id));
    }

    public PageResponse<ReservationView> list(ReservationRepository.Filter filter, PageQuery page) {
        UUID org = TenantContext.organizationId();
        return PageResponse.of(reservations.list(org, filter, page.size(), page.offset()), page,
                reservations.count(org, filter));
    }

    public static SourceDocumentType sourceOf(ReferenceType type) {
        return switch (type) {
            case JOB_CARD -> SourceDocumentType.JOB_CARD;
            case PARTS_ISSUE -> SourceDocumentType.PARTS_ISSUE;
            case SALES_ORDER -> SourceDocumentType.SALES_ORDER;
        };
    }
}
