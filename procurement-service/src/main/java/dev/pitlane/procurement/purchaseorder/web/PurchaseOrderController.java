package dev.pitlane.procurement.purchaseorder.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import dev.pitlane.procurement.purchaseorder.application.GoodsReceiptService;
import dev.pitlane.procurement.purchaseorder.application.GoodsReceiptView;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderFilter;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderService;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderSummary;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderView;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotificationService;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotificationView;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/purchase-orders")
@Tag(name = "Purchase orders", description = "DRAFT → PENDING_APPROVAL → APPROVED/REJECTED → ORDERED → "
        + "PARTIALLY_RECEIVED → RECEIVED, and CANCELLED; an action the status does not allow answers 409 "
        + "illegal-transition")
class PurchaseOrderController {

    private static final Map<String, String> SORTS = Map.of("number", "po.number", "createdAt", "po.created_at",
            "total", "po.total", "status", "po.status", "expectedDeliveryDate", "po.expected_delivery_date");

    private final PurchaseOrderService orders;
    private final GoodsReceiptService receipts;
    private final SupplierNotificationService notifications;

    PurchaseOrderController(PurchaseOrderService orders, GoodsReceiptService receipts,
                            SupplierNotificationService notifications) {
        this.orders = orders;
        this.receipts = receipts;
        this.notifications = notifications;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('purchase-order:write')")
    @Operation(summary = "Create a draft purchase order", description = "Line amounts are computed: net = quantity "
            + "× unit price and GST = net × taxRate / 100, each rounded HALF_UP to 2 places per line")
    ResponseEntity<PurchaseOrderView> create(@Valid @RequestBody PurchaseOrderRequest body) {
        PurchaseOrderView created = orders.create(body.draft());
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('purchase-order:read')")
    PageResponse<PurchaseOrderSummary> list(@RequestParam(required = false) List<PurchaseOrderStatus> status,
                                            @RequestParam(required = false) UUID supplierId,
                                            @RequestParam(required = false) UUID itemId,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("po.created_at", true));
        return orders.list(new PurchaseOrderFilter(status, supplierId, itemId), q);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('purchase-order:read')")
    PurchaseOrderView get(@PathVariable UUID id) {
        return orders.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('purchase-order:write')")
    @Operation(summary = "Replace a draft", description = "Only while DRAFT; send the version you read")
    PurchaseOrderView revise(@PathVariable UUID id, @Valid @RequestBody PurchaseOrderUpdateRequest body) {
        return orders.revise(id, body.draft(), body.version());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('purchase-order:write')")
    PurchaseOrderView submit(@PathVariable UUID id) {
        return orders.submit(id);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyAuthority('purchase-order:approve', 'purchase-order:approve-unlimited')")
    @Operation(summary = "Approve", description = "purchase-order:approve covers totals up to the organization's "
            + "approval limit (default 500,000.00 INR), purchase-order:approve-unlimited any total (403 "
            + "approval-limit-exceeded otherwise); the order's author cannot approve it (403 self-approval)")
    PurchaseOrderView approve(@PathVariable UUID id) {
        return orders.approve(id);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyAuthority('purchase-order:approve', 'purchase-order:approve-unlimited')")
    PurchaseOrderView reject(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body) {
        return orders.reject(id, body.reason());
    }

    @PostMapping("/{id}/order")
    @PreAuthorize("hasAuthority('purchase-order:write')")
    @IdempotencyRequired
    @Operation(summary = "Place the order with the supplier", description = "Needs an Idempotency-Key. The "
            + "supplier is notified through its channel (log or signed webhook) right after the commit")
    PurchaseOrderView order(@PathVariable UUID id, @Valid @RequestBody(required = false) OrderRequest body) {
        return orders.order(id, body == null ? null : body.expectedDeliveryDate());
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('purchase-order:write')")
    @Operation(summary = "Cancel", description = "From DRAFT, PENDING_APPROVAL, APPROVED, or ORDERED while "
            + "nothing was received")
    PurchaseOrderView cancel(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body) {
        return orders.cancel(id, body.reason());
    }

    @PostMapping("/{id}/receipts")
    @PreAuthorize("hasAuthority('purchase-order:receive')")
    @IdempotencyRequired
    @Operation(summary = "Book a goods receipt", description = "Needs an Idempotency-Key. Accepted quantity = "
            + "received − rejected; accepting more than ordered (plus the organization's tolerance, default 0%) "
            + "answers 409 over-receipt. Publishes PurchaseOrderReceived, which puts the accepted goods into the "
            + "delivery location (central warehouse) at their unit cost")
    ResponseEntity<GoodsReceiptView> receive(@PathVariable UUID id, @Valid @RequestBody GoodsReceiptRequest body) {
        GoodsReceiptView receipt = receipts.receive(id, body.command());
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + id + "/receipts/" + receipt.id()))
                .body(receipt);
    }

    @GetMapping("/{id}/receipts")
    @PreAuthorize("hasAuthority('purchase-order:read')")
    List<GoodsReceiptView> receipts(@PathVariable UUID id) {
        return receipts.receipts(id);
    }

    @GetMapping("/{id}/receipts/{receiptId}")
    @PreAuthorize("hasAuthority('purchase-order:read')")
    GoodsReceiptView receipt(@PathVariable UUID id, @PathVariable UUID receiptId) {
        return receipts.receipt(id, receiptId);
    }

    @GetMapping("/{id}/supplier-notifications")
    @PreAuthorize("hasAuthority('purchase-order:read')")
    List<SupplierNotificationView> notifications(@PathVariable UUID id) {
        return notifications.attempts(id);
    }

    @PostMapping("/{id}/supplier-notifications")
    @PreAuthorize("hasAuthority('purchase-order:write')")
    @Operation(summary = "Send the order to the supplier again", description = "After a FAILED attempt, or when the "
            + "supplier asks for it")
    ResponseEntity<SupplierNotificationView> resend(@PathVariable UUID id) {
        return ResponseEntity.status(201).body(notifications.notifyOrdered(id, UUID.randomUUID()));
    }
}
