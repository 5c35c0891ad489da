package dev.pitlane.inventory.reservation.web;

import dev.pitlane.inventory.reservation.application.ReservationService;
import dev.pitlane.inventory.reservation.application.ReservationView;
import dev.pitlane.inventory.reservation.domain.ReferenceType;
import dev.pitlane.inventory.reservation.domain.ReservationStatus;
import dev.pitlane.inventory.reservation.persistence.ReservationRepository;
import dev.pitlane.inventory.stock.domain.InsufficientStockException;
import dev.pitlane.inventory.stock.domain.StockKey;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/reservations")
@Tag(name = "Reservations", description = "Stock set aside for a job card, a parts issue or a sales order")
class ReservationController {

    record ReserveLine(@NotNull UUID itemId, @NotNull BigDecimal quantity, UUID unitId) {
    }

    record ReserveRequest(@NotNull ReferenceType referenceType,
                          @NotNull @Schema(description = "the job card's, parts issue's or sales order's id") UUID referenceId,
                          @NotNull UUID locationId, Instant expiresAt, Boolean allowPartial,
                          @NotEmpty @Size(max = 200) @Valid List<ReserveLine> lines) {
    }

    record ConsumeLine(@NotNull UUID itemId, @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity) {
    }

    record ConsumeRequest(@Size(max = 200) @Valid List<ConsumeLine> lines) {
    }

    private final ReservationService reservations;

    ReservationController(ReservationService reservations) {
        this.reservations = reservations;
    }

    @PostMapping
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(summary = "Reserve stock at a location (needs an Idempotency-Key)",
            description = "Never more than available: 409 `insufficient-stock` otherwise. With `allowPartial`, "
                    + "reserves what there is (409 only when nothing at all is available).")
    ResponseEntity<ReservationView> reserve(@Valid @RequestBody ReserveRequest body) {
        ReservationService.Outcome outcome = reservations.reserve(new ReservationService.Request(body.referenceType(),
                body.referenceId().toString(), body.locationId(), body.expiresAt(), Boolean.TRUE.equals(body.allowPartial()),
                body.lines().stream().map(l -> new ReservationService.RequestLine(null, l.itemId(), l.quantity(),
                        l.unitId())).toList()));
        if (outcome.reservation() == null) {
            ReservationService.Shortfall first = outcome.shortfalls().get(0);
            throw new InsufficientStockException(new StockKey(first.itemId(), body.locationId()),
                    first.availableQuantity(), "nothing is available to reserve");
        }
        return ResponseEntity.created(URI.create("/api/v1/reservations/" + outcome.reservation().id()))
                .body(outcome.reservation());
    }

    @PostMapping("/{id}/release")
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(summary = "Give what is still reserved back to available")
    ReservationView release(@PathVariable UUID id) {
        return reservations.release(id);
    }

    @PostMapping("/{id}/consume")
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('stock:post')")
    @Operation(summary = "Turn reserved stock into an OUT (all that is left, or the quantities given)")
    ReservationView consume(@PathVariable UUID id, @Valid @RequestBody(required = false) ConsumeRequest body) {
        Map<UUID, BigDecimal> quantities = new HashMap<>();
        if (body != null && body.lines() != null) {
            body.lines().forEach(l -> quantities.merge(l.itemId(), l.quantity(), BigDecimal::add));
        }
        return reservations.consume(id, quantities);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    ReservationView get(@PathVariable UUID id) {
        return reservations.get(id);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    PageResponse<ReservationView> list(@RequestParam(required = false) ReferenceType referenceType,
                                       @RequestParam(required = false) String referenceId,
                                       @RequestParam(required = false) ReservationStatus status,
                                       @RequestParam(required = false) UUID locationId,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size, null, Map.of(), null);
        return reservations.list(new ReservationRepository.Filter(referenceType, referenceId, status, locationId),
                query);
    }
}
