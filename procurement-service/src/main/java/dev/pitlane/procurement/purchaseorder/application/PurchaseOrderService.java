package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.purchaseorder.domain.ApprovalAuthority;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrder;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderOrigin;
import dev.pitlane.procurement.purchaseorder.messaging.PurchaseOrderEvents;
import dev.pitlane.procurement.purchaseorder.persistence.PurchaseOrderQueries;
import dev.pitlane.procurement.purchaseorder.persistence.PurchaseOrderRepository;
import dev.pitlane.procurement.shared.application.Actor;
import dev.pitlane.procurement.shared.application.DocumentNumbers;
import dev.pitlane.procurement.supplier.application.SupplierDirectory;
import dev.pitlane.procurement.supplier.application.SupplierSnapshot;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase order's life from draft to ordered; receipts are {@link GoodsReceiptService}'s. */
@Service
public class PurchaseOrderService {

    public static final String CURRENCY = "INR";
    public static final String APPROVE_UNLIMITED = "purchase-order:approve-unlimited";

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderQueries queries;
    private final SupplierDirectory suppliers;
    private final DocumentNumbers numbers;
    private final ProcurementSettingsService settings;
    private final PurchaseOrderEvents events;
    private final Clock clock;

    PurchaseOrderService(PurchaseOrderRepository orders, PurchaseOrderQueries queries, SupplierDirectory suppliers,
                         DocumentNumbers numbers, ProcurementSettingsService settings, PurchaseOrderEvents events,
                         Clock clock) {
        this.orders = orders;
        this.queries = queries;
        this.suppliers = suppliers;
        this.numbers = numbers;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PurchaseOrderView create(PurchaseOrderDraft draft) {
        activeSupplier(draft.supplierId());
        PurchaseOrder po = PurchaseOrder.draft(UUID.randomUUID(), numbers.next("PO"), draft.supplierId(),
                draft.deliveryLocationId(), PurchaseOrderOrigin.MANUAL, draft.expectedDeliveryDate(), draft.notes(),
                draft.lines(), Actor.current(), clock.instant());
        orders.insert(po, CURRENCY, clock.instant());
        return get(po.id());
    }

    @Transactional
    public PurchaseOrderView revise(UUID id, PurchaseOrderDraft draft, long version) {
        PurchaseOrder po = lock(id);
        if (po.version() != version) {
            throw new OptimisticLockingFailureException("purchase order " + id);
        }
        activeSupplier(draft.supplierId());
        po.revise(draft.supplierId(), draft.deliveryLocationId(), draft.expectedDeliveryDate(), draft.notes(),
                draft.lines());
        orders.save(po, clock.instant());
        return get(id);
    }

    @Transactional
    public PurchaseOrderView submit(UUID id) {
        PurchaseOrder po = lock(id);
        po.submit(Actor.current());
        orders.save(po, clock.instant());
        return get(id);
    }

    /** The caller's permissions decide the amount they may approve. */
    @Transactional
    public PurchaseOrderView approve(UUID id) {
        Caller caller = TenantContext.caller();
        PurchaseOrder po = lock(id);
        po.approve(new ApprovalAuthority(caller.subject(), caller.can(APPROVE_UNLIMITED),
                settings.current().approvalLimit()), clock.instant());
        orders.save(po, clock.instant());
        return get(id);
    }

    @Transactional
    public PurchaseOrderView reject(UUID id, String reason) {
        PurchaseOrder po = lock(id);
        po.reject(Actor.current(), reason);
        orders.save(po, clock.instant());
        return get(id);
    }

    /**
     * Places the order with the supplier. The supplier hears of it from the {@code PurchaseOrderOrdered} event, so
     * a slow or failing supplier endpoint never holds this request.
     */
    @Transactional
    public PurchaseOrderView order(UUID id, LocalDate expectedDeliveryDate) {
        PurchaseOrder po = lock(id);
        SupplierSnapshot supplier = suppliers.supplier(po.supplierId()).orElseThrow();
        if (!supplier.active()) {
            throw DomainException.conflict("supplier-inactive",
                    "Supplier " + supplier.name() + " is deleted; orders cannot be placed with it");
        }
        LocalDate expected = expectedDeliveryDate != null ? expectedDeliveryDate
                : po.expectedDeliveryDate() != null ? po.expectedDeliveryDate()
                : LocalDate.now(clock).plusDays(supplier.leadTimeDays());
        po.order(Actor.current(), clock.instant(), expected);
        orders.save(po, clock.instant());
        events.ordered(po, CURRENCY);
        return get(id);
    }

    @Transactional
    public PurchaseOrderView cancel(UUID id, String reason) {
        PurchaseOrder po = lock(id);
        po.cancel(Actor.current(), reason);
        orders.save(po, clock.instant());
        return get(id);
    }

    @Transactional(readOnly = true)
    public PurchaseOrderView get(UUID id) {
        return queries.view(id).orElseThrow(() -> DomainException.notFound("Purchase order", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<PurchaseOrderSummary> list(PurchaseOrderFilter filter, PageQuery page) {
        return queries.list(filter, page);
    }

    private PurchaseOrder lock(UUID id) {
        return orders.lock(id).orElseThrow(() -> DomainException.notFound("Purchase order", id));
    }

    private void activeSupplier(UUID supplierId) {
        SupplierSnapshot supplier = suppliers.supplier(supplierId).orElseThrow(() ->
                DomainException.unprocessable("unknown-supplier", "Supplier " + supplierId + " does not exist"));
        if (!supplier.active()) {
            throw DomainException.unprocessable("supplier-inactive", "Supplier " + supplier.name() + " is deleted");
        }
    }
}
