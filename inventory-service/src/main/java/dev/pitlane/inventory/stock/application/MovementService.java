package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemCatalog;
import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.stock.domain.AdjustmentReason;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.domain.MovementType;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;
import dev.pitlane.inventory.stock.persistence.LedgerRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.Cursor;
import dev.pitlane.platform.web.CursorPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Postings as clients send them (IN, OUT, TRANSFER, ADJUSTMENT in any unit), and the movement history. */
@Service
public class MovementService {

    public record Request(MovementType type, UUID locationId, UUID toLocationId, AdjustmentReason reason,
                          SourceDocumentType sourceDocumentType, String sourceDocumentId, Instant effectiveAt,
                          String note, List<Line> lines) {
    }

    public record Line(UUID itemId, BigDecimal quantity, UUID unitId, BigDecimal unitCost, String batchNumber,
                       LocalDate expiresOn, LocalDate manufacturedOn, UUID batchId, List<String> serialNumbers,
                       UUID binId) {
    }

    private final StockEngine engine;
    private final ItemCatalog catalog;
    private final LedgerRepository ledger;

    public MovementService(StockEngine engine, ItemCatalog catalog, LedgerRepository ledger) {
        this.engine = engine;
        this.catalog = catalog;
        this.ledger = ledger;
    }

    @Transactional
    public PostingResult post(Request r) {
        if (r.type() == MovementType.ADJUSTMENT && !TenantContext.caller().can("stock:adjust")) {
            throw DomainException.forbidden("Adjustments need the stock:adjust permission");
        }
        if (r.type() != MovementType.ADJUSTMENT && !TenantContext.caller().can("stock:post")) {
            throw DomainException.forbidden("Postings need the stock:post permission");
        }
        if ((r.type() == MovementType.TRANSFER) != (r.toLocationId() != null)) {
            throw DomainException.invalidField("toLocationId", "Invalid",
                    "is required for a TRANSFER and only for one");
        }
        if ((r.type() == MovementType.ADJUSTMENT) != (r.reason() != null)) {
            throw DomainException.invalidField("reason", "Invalid", "is required for an ADJUSTMENT and only for one");
        }
        Set<UUID> converted = new LinkedHashSet<>();
        r.lines().stream().filter(l -> l.unitId() != null).forEach(l -> converted.add(l.itemId()));
        Map<UUID, ItemFacts> items = converted.isEmpty() ? Map.of() : catalog.requireActive(converted);
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            Line line = r.lines().get(i);
            // in the item's own unit the engine checks the quantity; another unit is converted here
            BigDecimal qty = line.unitId() == null ? line.quantity() : baseQuantity(items.get(line.itemId()), line, i);
            BigDecimal unitCost = line.unitCost() == null || line.unitId() == null || qty.signum() == 0
                    ? line.unitCost()
                    : line.unitCost().multiply(line.quantity().abs()).divide(qty.abs(), 4, RoundingMode.HALF_EVEN);
            if (r.type() != MovementType.ADJUSTMENT && qty.signum() <= 0) {
                throw DomainException.invalidField("lines[" + i + "].quantity", "Positive", "must be greater than 0");
            }
            Move.BatchRef batch = line.batchNumber() == null ? null
                    : new Move.BatchRef(line.batchNumber(), line.expiresOn(), line.manufacturedOn());
            moves.add(switch (r.type()) {
                case IN -> new Move.Receive(line.itemId(), r.locationId(), qty, unitCost, batch, line.serialNumbers(),
                        line.binId());
                case OUT -> new Move.Issue(line.itemId(), r.locationId(), qty, BigDecimal.ZERO, line.batchId(),
                        line.serialNumbers(), line.binId());
                case TRANSFER -> new Move.Transfer(line.itemId(), r.locationId(), r.toLocationId(), qty,
                        BigDecimal.ZERO, false, line.batchId(), line.serialNumbers());
                case ADJUSTMENT -> new Move.Adjust(line.itemId(), r.locationId(), qty, r.reason(), unitCost, batch,
                        line.batchId(), line.serialNumbers(), line.binId());
            });
        }
        SourceDocumentType sourceType = r.sourceDocumentType() == null && r.sourceDocumentId() == null ? null
                : r.sourceDocumentType() == null ? SourceDocumentType.MANUAL : r.sourceDocumentType();
        return engine.post(new Posting(sourceType, r.sourceDocumentId(), r.note(), r.effectiveAt(), null,
                moves));
    }

    private BigDecimal baseQuantity(ItemFacts item, Line line, int index) {
        try {
            return catalog.toBaseQuantity(item, line.unitId(), line.quantity());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("lines[" + index + "].quantity", "Unit", e.getMessage());
        }
    }

    public List<LedgerEntry> movement(UUID movementId) {
        List<LedgerEntry> entries = ledger.byMovement(TenantContext.organizationId(), movementId);
        if (entries.isEmpty()) {
            throw DomainException.notFound("Movement", movementId);
        }
        return entries;
    }

    public CursorPage<LedgerEntry> history(MovementFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor, 1);
        Long beforeId;
        try {
            beforeId = after == null ? null : Long.valueOf(after.get(0));
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("cursor", "Invalid", "is not a cursor this endpoint gave out");
        }
        List<LedgerEntry> rows = ledger.history(TenantContext.organizationId(), filter, beforeId, limit + 1);
        return CursorPage.of(rows, limit, e -> Cursor.of(e.id()));
    }
}
