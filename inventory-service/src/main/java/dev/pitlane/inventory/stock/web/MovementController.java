package dev.pitlane.inventory.stock.web;

import dev.pitlane.inventory.stock.application.LedgerEntry;
import dev.pitlane.inventory.stock.application.MovementFilter;
import dev.pitlane.inventory.stock.application.MovementService;
import dev.pitlane.inventory.stock.application.PostingResult;
import dev.pitlane.inventory.stock.domain.AdjustmentReason;
import dev.pitlane.inventory.stock.domain.MovementType;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.web.CursorPage;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/stock/movements")
@Tag(name = "Stock movements", description = "Postings to the append-only stock ledger, and its history")
class MovementController {

    record SourceDocument(@NotNull SourceDocumentType type, @NotBlank @Size(max = 100) String id) {
    }

    /** Bounds of the ledger's columns: quantities NUMERIC(18,3), unit costs NUMERIC(18,4). */
    record PostingLine(@NotNull UUID itemId,
                       @NotNull @Digits(integer = 15, fraction = 3)
                       @Schema(description = "in the line's unit; signed for an ADJUSTMENT; at most 15 digits before "
                               + "the point and 3 after", example = "2")
                       BigDecimal quantity,
                       @Schema(description = "default: the item's unit") UUID unitId,
                       @DecimalMin("0") @Digits(integer = 14, fraction = 4)
                       @Schema(description = "per unit of the line, for IN; at most 14 digits before the point and "
                               + "4 after", example = "450.00")
                       BigDecimal unitCost,
                       @Size(max = 64) String batchNumber, LocalDate expiresOn, LocalDate manufacturedOn,
                       UUID batchId, @Size(max = 1000) List<@NotBlank @Size(max = 100) String> serialNumbers,
                       UUID binId) {
    }

    record PostingRequest(@NotNull MovementType type,
                          @NotNull @Schema(description = "where stock comes in or goes out; a TRANSFER's source")
                          UUID locationId,
                          @Schema(description = "a TRANSFER's destination") UUID toLocationId,
                          @Schema(description = "required for an ADJUSTMENT") AdjustmentReason reason,
                          @Valid SourceDocument sourceDocument,
                          @Schema(description = "back-dating: when it happened (default now, never future)")
                          Instant effectiveAt,
                          @Size(max = 500) String note,
                          @NotEmpty @Size(max = 200) @Valid List<PostingLine> lines) {
    }

    private final MovementService movements;

    MovementController(MovementService movements) {
        this.movements = movements;
    }

    @PostMapping
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('stock:post') or hasAuthority('stock:adjust')")
    @Operation(summary = "Post a movement: IN, OUT, TRANSFER or ADJUSTMENT (needs an Idempotency-Key)",
            description = "All lines apply or none. OUT and TRANSFER take only what is available (on hand less "
                    + "reserved) unless the organization allows negative stock: else 409 `insufficient-stock`. "
                    + "ADJUSTMENT needs `stock:adjust` and a reason.")
    ResponseEntity<PostingResult> post(@Valid @RequestBody PostingRequest body) {
        PostingResult result = movements.post(new MovementService.Request(body.type(), body.locationId(),
                body.toLocationId(), body.reason(),
                body.sourceDocument() == null ? null : body.sourceDocument().type(),
                body.sourceDocument() == null ? null : body.sourceDocument().id(), body.effectiveAt(), body.note(),
                body.lines().stream().map(l -> new MovementService.Line(l.itemId(), l.quantity(), l.unitId(),
                        l.unitCost(), l.batchNumber(), l.expiresOn(), l.manufacturedOn(), l.batchId(),
                        l.serialNumbers(), l.binId())).toList()));
        return ResponseEntity.created(URI.create("/api/v1/stock/movements/" + result.movementId())).body(result);
    }

    @GetMapping("/{movementId}")
    @PreAuthorize("hasAuthority('stock:read')")
    Map<String, Object> get(@PathVariable UUID movementId) {
        return Map.of("movementId", movementId, "entries", movements.movement(movementId));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Ledger history, newest first, keyset-paged (`next` is the cursor for the following page)")
    CursorPage<LedgerEntry> history(@RequestParam(required = false) UUID itemId,
                                    @RequestParam(required = false) UUID locationId,
                                    @RequestParam(required = false) MovementType type,
                                    @RequestParam(required = false) SourceDocumentType sourceDocumentType,
                                    @RequestParam(required = false) String sourceDocumentId,
                                    @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(required = false) String cursor,
                                    @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 200) {
            throw DomainException.invalidField("limit", "Range", "must be between 1 and 200");
        }
        return movements.history(new MovementFilter(itemId, locationId, type, sourceDocumentType,
                sourceDocumentId, from, to), cursor, limit);
    }
}
