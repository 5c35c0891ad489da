package dev.pitlane.inventory.count.web;

import dev.pitlane.inventory.count.application.CycleCountService;
import dev.pitlane.inventory.count.application.CycleCountView;
import dev.pitlane.inventory.count.domain.CountStatus;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import io.swagger.v3.oas.annotations.Operation;
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
import java.util.Map;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/cycle-counts")
@Tag(name = "Cycle counts", description = "Count sheets; approval posts the differences as adjustments")
class CycleCountController {

    record CountLineRequest(@NotNull UUID itemId, @NotNull @DecimalMin("0") BigDecimal countedQuantity, UUID unitId) {
    }

    record CountRequest(@NotNull UUID locationId, @Size(max = 500) String note,
                        @NotEmpty @Size(max = 1000) @Valid List<CountLineRequest> lines) {
    }

    private final CycleCountService counts;

    CycleCountController(CycleCountService counts) {
        this.counts = counts;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('stock:count')")
    @Operation(summary = "Submit a count sheet: what was counted of each item at a location",
            description = "The book quantity at submission is kept beside each count.")
    ResponseEntity<CycleCountView> submit(@Valid @RequestBody CountRequest body) {
        CycleCountView count = counts.submit(body.locationId(), body.note(), body.lines().stream()
                .map(l -> new CycleCountService.CountedLine(l.itemId(), l.countedQuantity(), l.unitId())).toList());
        return ResponseEntity.created(URI.create("/api/v1/cycle-counts/" + count.id())).body(count);
    }

    @PostMapping("/{id}/approve")
    @IdempotencyRequired
    @PreAuthorize("hasAuthority('stock:adjust')")
    @Operation(summary = "Approve: post each difference as a CYCLE_COUNT adjustment (needs an Idempotency-Key)")
    CycleCountView approve(@PathVariable UUID id) {
        return counts.approve(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('stock:count')")
    CycleCountView cancel(@PathVariable UUID id) {
        return counts.cancel(id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    CycleCountView get(@PathVariable UUID id) {
        return counts.get(id);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    PageResponse<CycleCountView> list(@RequestParam(required = false) UUID locationId,
                                      @RequestParam(required = false) CountStatus status,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return counts.list(locationId, status, PageQuery.of(page, size, null, Map.of(), null));
    }
}
