package dev.pitlane.procurement.partsissue.web;

import dev.pitlane.platform.web.CursorPage;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import dev.pitlane.procurement.partsissue.application.DiscrepancyView;
import dev.pitlane.procurement.partsissue.application.PartsIssueFilter;
import dev.pitlane.procurement.partsissue.application.PartsIssueService;
import dev.pitlane.procurement.partsissue.application.PartsIssueSummary;
import dev.pitlane.procurement.partsissue.application.PartsIssueView;
import dev.pitlane.procurement.partsissue.domain.PartsIssueStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/parts-issues")
@Tag(name = "Parts issues", description = "Parts from the central warehouse to a service center: REQUESTED → "
        + "APPROVAL_PENDING_STOCK → APPROVED (stock reserved by inventory, maybe partly) or REJECTED → DISPATCHED → "
        + "RECEIVED / RECEIVED_WITH_DISCREPANCY, CANCELLED before dispatch. Staff bound to service centers see "
        + "only their centers' issues")
class PartsIssueController {

    private static final Map<String, String> SORTS = Map.of("number", "p.number", "requestedAt", "p.requested_at",
            "status", "p.status", "updatedAt", "p.updated_at");

    private final PartsIssueService issues;

    PartsIssueController(PartsIssueService issues) {
        this.issues = issues;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('parts-issue:request')")
    @Operation(summary = "Request parts for a service center", description = "Staff bound to service centers may "
            + "request only for their own centers (403 service-center-forbidden)")
    ResponseEntity<PartsIssueView> request(@Valid @RequestBody PartsIssueCreateRequest body) {
        PartsIssueView created = issues.request(body.toRequest());
        return ResponseEntity.created(URI.create("/api/v1/parts-issues/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('parts-issue:read')")
    PageResponse<PartsIssueSummary> list(@RequestParam(required = false) List<PartsIssueStatus> status,
                                         @RequestParam(required = false) UUID serviceCenterId,
                                         @RequestParam(required = false) UUID itemId,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("p.requested_at", true));
        return issues.list(new PartsIssueFilter(status, serviceCenterId, itemId, Set.of()), q);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('parts-issue:read')")
    PartsIssueView get(@PathVariable UUID id) {
        return issues.get(id);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('parts-issue:approve')")
    @IdempotencyRequired
    @Operation(summary = "Approve and reserve", description = "Needs an Idempotency-Key. Moves to "
            + "APPROVAL_PENDING_STOCK and publishes PartsIssueApproved; inventory reserves at the central warehouse "
            + "and the issue becomes APPROVED (approvedQuantity per line = reserved) or REJECTED")
    PartsIssueView approve(@PathVariable UUID id) {
        return issues.approve(id);
    }

    @PostMapping("/{id}/dispatch")
    @PreAuthorize("hasAuthority('parts-issue:dispatch')")
    @IdempotencyRequired
    @Operation(summary = "Dispatch with a shipment", description = "Needs an Idempotency-Key. Quantities up to the "
            + "approved ones (all approved by default); creates the shipment and publishes PartsIssueDispatched")
    PartsIssueView dispatch(@PathVariable UUID id, @Valid @RequestBody DispatchRequest body) {
        return issues.dispatch(id, body.command());
    }

    @PostMapping("/{id}/receipts")
    @PreAuthorize("hasAuthority('parts-issue:receive')")
    @IdempotencyRequired
    @Operation(summary = "Receive at the store", description = "Needs an Idempotency-Key. Per dispatched line: "
            + "received + damaged + short = dispatched (422 quantity-mismatch otherwise). RECEIVED, or "
            + "RECEIVED_WITH_DISCREPANCY with discrepancy records; publishes PartsIssueReceived")
    PartsIssueView receive(@PathVariable UUID id, @Valid @RequestBody StoreReceiptRequest body) {
        return issues.receive(id, body.command());
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyAuthority('parts-issue:request', 'parts-issue:approve')")
    @Operation(summary = "Cancel before dispatch", description = "Publishes PartsIssueCancelled; inventory releases "
            + "whatever it reserved")
    PartsIssueView cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest body) {
        return issues.cancel(id, body.reason());
    }

    @GetMapping("/{id}/discrepancies")
    @PreAuthorize("hasAuthority('parts-issue:read')")
    List<DiscrepancyView> discrepancies(@PathVariable UUID id) {
        return issues.discrepancies(id);
    }

    @GetMapping("/discrepancies")
    @PreAuthorize("hasAuthority('parts-issue:read')")
    @Operation(summary = "Discrepancy records across issues", description = "Newest first; pass the returned "
            + "`next` as `cursor` for the following slice. from/to filter on the time of the store receipt")
    CursorPage<DiscrepancyView> allDiscrepancies(@RequestParam(required = false) UUID serviceCenterId,
                                                 @RequestParam(required = false) UUID itemId,
                                                 @RequestParam(required = false) Instant from,
                                                 @RequestParam(required = false) Instant to,
                                                 @RequestParam(required = false) String cursor,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return issues.discrepancies(serviceCenterId, itemId, from, to, cursor, limit);
    }
}
