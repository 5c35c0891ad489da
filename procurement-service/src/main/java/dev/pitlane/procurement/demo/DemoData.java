package dev.pitlane.procurement.demo;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.procurement.partsissue.application.DispatchCommand;
import dev.pitlane.procurement.partsissue.application.PartsIssueFilter;
import dev.pitlane.procurement.partsissue.application.PartsIssueRequest;
import dev.pitlane.procurement.partsissue.application.PartsIssueService;
import dev.pitlane.procurement.partsissue.application.PartsIssueView;
import dev.pitlane.procurement.partsissue.application.StoreReceiptCommand;
import dev.pitlane.procurement.partsissue.domain.LineReceipt;
import dev.pitlane.procurement.partsissue.domain.PartsIssueStatus;
import dev.pitlane.procurement.partsissue.domain.RequestedLine;
import dev.pitlane.procurement.purchaseorder.application.GoodsReceiptCommand;
import dev.pitlane.procurement.purchaseorder.application.GoodsReceiptService;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderDraft;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderFilter;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderService;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderView;
import dev.pitlane.procurement.purchaseorder.domain.NewLine;
import dev.pitlane.procurement.purchaseorder.domain.ReceiptLineInput;
import dev.pitlane.procurement.supplier.application.Address;
import dev.pitlane.procurement.supplier.application.SupplierDetails;
import dev.pitlane.procurement.supplier.application.SupplierPartDetails;
import dev.pitlane.procurement.supplier.application.SupplierService;
import dev.pitlane.procurement.supplier.application.SupplierView;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.pitlane.procurement.demo.DemoItems.BRAKE_PADS;
import static dev.pitlane.procurement.demo.DemoItems.CLUTCH_KIT;
import static dev.pitlane.procurement.demo.DemoItems.OIL_FILTER;
import static dev.pitlane.procurement.demo.DemoItems.SPARK_PLUG;

/**
 * Demo Motors' procurement: four suppliers with their parts, one received purchase order (which stocks the
 * central warehouse through inventory), and one parts issue in each status. Everything goes through the
 * application services, so documents, histories and events are the real thing.
 *
 * <p>Each {@link #pass()} moves every demo document one step closer to where it should end and is safe to repeat:
 * steps after an approval need inventory's answer, so passes are repeated until every document arrived (see
 * {@link DemoDataRunner}). Documents are recognised by their supplier (GSTIN) or their note.
 */
@Component
public class DemoData {

    public static final UUID DEMO_ORG = UUID.fromString("7e57da7a-0000-4000-8000-000000000001");
    static final UUID ANDHERI = UUID.fromString("7e57da7a-0000-4000-8000-000000000101");
    static final UUID WHITEFIELD = UUID.fromString("7e57da7a-0000-4000-8000-000000000102");
    static final UUID CENTRAL_WAREHOUSE = UUID.fromString("7e57da7a-0000-4000-8000-000000000201");
    static final UUID ANDHERI_STORE = UUID.fromString("7e57da7a-0000-4000-8000-000000000202");
    static final UUID WHITEFIELD_STORE = UUID.fromString("7e57da7a-0000-4000-8000-000000000203");
    private static final String NOTE = "Demo: ";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoSupplier(String name, String gstin, String contact, String email, String city, String state,
                                String pin, int paymentTerms, int leadTime) {
    }

    private static final List<DemoSupplier> SUPPLIERS = List.of(
            new DemoSupplier("Bosch India", "29AABCB1001D1ZJ", "Anita Rao", "orders@bosch-demo.example",
                    "Bengaluru", "Karnataka", "560030", 45, 7),
            new DemoSupplier("Minda Industries", "06AABCM2002D1ZD", "Vikram Singh", "sales@minda-demo.example",
                    "Gurugram", "Haryana", "122004", 30, 10),
            new DemoSupplier("Exide", "19AABCE3003D1ZB", "Sourav Das", "dealers@exide-demo.example", "Kolkata",
                    "West Bengal", "700020", 30, 5),
            new DemoSupplier("Castrol India", "27AABCC4004D1ZD", "Meera Kulkarni", "b2b@castrol-demo.example",
                    "Mumbai", "Maharashtra", "400051", 15, 3));

    /** One parts issue per status, each recognised by its note. */
    private record DemoIssue(PartsIssueStatus target, UUID center, UUID store, List<DemoItems.DemoItem> items,
                             int quantity) {
        String note() {
            return NOTE + target.name().toLowerCase().replace('_', ' ');
        }
    }

    private static final List<DemoIssue> ISSUES = List.of(
            new DemoIssue(PartsIssueStatus.REQUESTED, ANDHERI, ANDHERI_STORE, List.of(OIL_FILTER, SPARK_PLUG), 6),
            new DemoIssue(PartsIssueStatus.APPROVAL_PENDING_STOCK, WHITEFIELD, WHITEFIELD_STORE,
                    List.of(BRAKE_PADS), 2),
            new DemoIssue(PartsIssueStatus.APPROVED, ANDHERI, ANDHERI_STORE, List.of(SPARK_PLUG), 8),
            new DemoIssue(PartsIssueStatus.REJECTED, WHITEFIELD, WHITEFIELD_STORE, List.of(CLUTCH_KIT), 1),
            new DemoIssue(PartsIssueStatus.DISPATCHED, WHITEFIELD, WHITEFIELD_STORE, List.of(OIL_FILTER), 10),
            new DemoIssue(PartsIssueStatus.RECEIVED, ANDHERI, ANDHERI_STORE, List.of(OIL_FILTER, BRAKE_PADS), 4),
            new DemoIssue(PartsIssueStatus.RECEIVED_WITH_DISCREPANCY, ANDHERI, ANDHERI_STORE,
                    List.of(SPARK_PLUG, OIL_FILTER), 10),
            new DemoIssue(PartsIssueStatus.CANCELLED, WHITEFIELD, WHITEFIELD_STORE, List.of(BRAKE_PADS), 1));

    private final SupplierService suppliers;
    private final PurchaseOrderService orders;
    private final GoodsReceiptService receipts;
    private final PartsIssueService issues;

    DemoData(SupplierService suppliers, PurchaseOrderService orders, GoodsReceiptService receipts,
             PartsIssueService issues) {
        this.suppliers = suppliers;
        this.orders = orders;
        this.receipts = receipts;
        this.issues = issues;
    }

    /**
     * One step further for every demo document.
     *
     * @param mayApprove whether parts issues may be sent to inventory yet: only once the received purchase
     *                   order's stock had time to arrive there
     * @return true when every document is where it should end
     */
    public boolean pass(boolean mayApprove) {
        Map<String, UUID> supplierIds = as("demo-data", this::suppliers);
        boolean received = as("demo-data", () -> receivedPurchaseOrder(supplierIds.get("Bosch India")));
        boolean done = received;
        for (DemoIssue issue : ISSUES) {
            done &= as("demo-data", () -> advance(issue, received && mayApprove));
        }
        return done;
    }

    private Map<String, UUID> suppliers() {
        Map<String, UUID> ids = new HashMap<>();
        for (DemoSupplier s : SUPPLIERS) {
            UUID id = suppliers.list(s.gstin(), null, false, oldestFirst("s.created_at")).items().stream().findFirst()
                    .map(SupplierView::id)
                    .orElseGet(() -> suppliers.create(new SupplierDetails(s.name(), s.contact(), s.email(),
                            "+91 22 4000 0000", new Address(null, null, s.city(), s.state(), s.pin()), s.gstin(),
                            s.paymentTerms(), s.leadTime(), NotificationChannel.LOG, null, null)).id());
            ids.put(s.name(), id);
        }
        for (DemoItems.DemoItem item : DemoItems.ALL) {
            suppliers.putPart(ids.get(item.supplier()), item.id(), new SupplierPartDetails(item.sku(), item.name(),
                    item.supplierPartNumber(), item.price(), item.taxRate(), true));
        }
        return ids;
    }

    /** Bosch's opening order: created, approved by someone else, ordered and received in full. */
    private boolean receivedPurchaseOrder(UUID bosch) {
        UUID id = orders.list(new PurchaseOrderFilter(List.of(), bosch, null), oldestFirst("po.created_at")).items()
                .stream()
                .map(s -> s.id()).findFirst()
                .orElseGet(() -> orders.create(new PurchaseOrderDraft(bosch, CENTRAL_WAREHOUSE, null,
                        NOTE + "opening stock for the central warehouse", List.of(
                        line(OIL_FILTER, "100"), line(SPARK_PLUG, "200"), line(BRAKE_PADS, "40")))).id());
        PurchaseOrderView po = orders.get(id);
        switch (po.status()) {
            case DRAFT -> orders.submit(id);
            case PENDING_APPROVAL -> as("demo-approver", () -> orders.approve(id));
            case APPROVED -> orders.order(id, null);
            case ORDERED, PARTIALLY_RECEIVED -> receipts.receive(id, new GoodsReceiptCommand(null, "DEMO-DN-1", null,
                    po.lines().stream().map(l -> new ReceiptLineInput(l.id(), l.outstandingQuantity(),
                            BigDecimal.ZERO, null, null)).toList()));
            default -> {
                return true;
            }
        }
        return receivedPurchaseOrder(bosch);
    }

    private boolean advance(DemoIssue demo, boolean mayApprove) {
        Optional<PartsIssueView> found = find(demo);
        if (found.isEmpty()) {
            issues.request(new PartsIssueRequest(demo.center(), CENTRAL_WAREHOUSE, demo.store(), demo.note(),
                    demo.items().stream().map(i -> new RequestedLine(i.id(), i.sku(), i.name(),
                            BigDecimal.valueOf(demo.quantity()))).toList()));
            return demo.target() == PartsIssueStatus.REQUESTED;
        }
        PartsIssueView issue = found.get();
        if (issue.status().isTerminal()) {
            return true;
        }
        if (demo.target() == PartsIssueStatus.CANCELLED) {
            issues.cancel(issue.id(), "Demo: the workshop found the part in its own store");
            return true;
        }
        if (stage(issue.status()) >= stage(demo.target())) {
            return true;
        }
        switch (issue.status()) {
            case REQUESTED -> {
                if (mayApprove) {
                    as("demo-approver", () -> issues.approve(issue.id()));
                }
            }
            case APPROVED -> issues.dispatch(issue.id(), new DispatchCommand("Blue Dart",
                    "DEMO-" + issue.number(), null));
            case DISPATCHED -> issues.receive(issue.id(), new StoreReceiptCommand(count(issue, demo), demo.target()
                    == PartsIssueStatus.RECEIVED_WITH_DISCREPANCY ? "Demo: one box crushed, one unit missing" : null));
            default -> {
                // waiting for inventory's answer
            }
        }
        return false;
    }

    /** How far along the flow a status is; a demo issue is moved on only while it is short of its target. */
    private static int stage(PartsIssueStatus status) {
        return switch (status) {
            case REQUESTED, CANCELLED -> 0;
            case APPROVAL_PENDING_STOCK -> 1;
            case APPROVED, REJECTED -> 2;
            case DISPATCHED -> 3;
            case RECEIVED, RECEIVED_WITH_DISCREPANCY -> 4;
        };
    }

    /** Everything arrived, or for the discrepancy demo: one unit damaged and one short on the first line. */
    private static List<LineReceipt> count(PartsIssueView issue, DemoIssue demo) {
        List<LineReceipt> lines = new ArrayList<>();
        boolean discrepancy = demo.target() == PartsIssueStatus.RECEIVED_WITH_DISCREPANCY;
        for (PartsIssueView.Line l : issue.lines()) {
            BigDecimal dispatched = l.dispatchedQuantity();
            if (dispatched.signum() == 0) {
                continue;
            }
            if (discrepancy && lines.isEmpty() && dispatched.compareTo(BigDecimal.valueOf(2)) >= 0) {
                lines.add(new LineReceipt(l.id(), dispatched.subtract(BigDecimal.valueOf(2)), BigDecimal.ONE,
                        BigDecimal.ONE));
            } else {
                lines.add(new LineReceipt(l.id(), dispatched, BigDecimal.ZERO, BigDecimal.ZERO));
            }
        }
        return lines;
    }

    private Optional<PartsIssueView> find(DemoIssue demo) {
        return issues.list(new PartsIssueFilter(List.of(), demo.center(), demo.items().get(0).id(), Set.of()),
                        oldestFirst("p.requested_at"))
                .items().stream().map(s -> issues.get(s.id()))
                .filter(v -> demo.note().equals(v.note())).findFirst();
    }

    private static NewLine line(DemoItems.DemoItem item, String quantity) {
        return new NewLine(item.id(), item.sku(), item.name(), new BigDecimal(quantity), item.price(),
                item.taxRate());
    }

    private static PageQuery oldestFirst(String column) {
        return PageQuery.of(0, PageQuery.MAX_SIZE, List.of(), Map.of(), new PageQuery.Sort(column, false));
    }

    private static <T> T as(String actor, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(Caller.system(DEMO_ORG, actor), work);
    }

    static void logSummary() {
        log.info("Demo items (id = UUID.nameUUIDFromBytes(\"demo-item:<sku>\")): {}", DemoItems.ALL.stream()
                .map(i -> i.sku() + "=" + i.id()).toList());
    }
}
