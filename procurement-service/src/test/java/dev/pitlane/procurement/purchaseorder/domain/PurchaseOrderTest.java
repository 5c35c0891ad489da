package dev.pitlane.procurement.purchaseorder.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.procurement.shared.domain.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchaseOrderTest {

    private static final Instant NOW = Instant.parse("2025-06-02T06:30:00Z");
    private static final String AUTHOR = "buyer";
    private static final BigDecimal LIMIT = new BigDecimal("500000.00");
    private static final NewLine FILTERS = new NewLine(UUID.randomUUID(), "OF-1", "Oil filter", new BigDecimal("10"),
            new BigDecimal("250.00"), new BigDecimal("18"));
    private static final NewLine PLUGS = new NewLine(UUID.randomUUID(), "SP-1", "Spark plug", new BigDecimal("4"),
            new BigDecimal("120.50"), new BigDecimal("28"));

    private static PurchaseOrder draft(NewLine... lines) {
        return PurchaseOrder.draft(UUID.randomUUID(), "PO-000001", UUID.randomUUID(), UUID.randomUUID(),
                PurchaseOrderOrigin.MANUAL, null, null, List.of(lines), AUTHOR, NOW);
    }

    /** An order in {@code status}, reached through the legal path. */
    private static PurchaseOrder in(PurchaseOrderStatus status) {
        PurchaseOrder po = draft(FILTERS, PLUGS);
        switch (status) {
            case DRAFT -> {
            }
            case PENDING_APPROVAL -> po.submit(AUTHOR);
            case APPROVED -> approved(po);
            case REJECTED -> {
                po.submit(AUTHOR);
                po.reject("boss", "too dear");
            }
            case ORDERED -> ordered(po);
            case PARTIALLY_RECEIVED -> {
                ordered(po);
                po.receive("keeper", List.of(receipt(po, 0, "5", "0")), BigDecimal.ZERO);
            }
            case RECEIVED -> {
                ordered(po);
                po.receive("keeper", List.of(receipt(po, 0, "10", "0"), receipt(po, 1, "4", "0")), BigDecimal.ZERO);
            }
            case CANCELLED -> po.cancel(AUTHOR, "not needed");
        }
        assertThat(po.status()).isEqualTo(status);
        return po;
    }

    private static void approved(PurchaseOrder po) {
        po.submit(AUTHOR);
        po.approve(new ApprovalAuthority("boss", false, LIMIT), NOW);
    }

    private static void ordered(PurchaseOrder po) {
        approved(po);
        po.order(AUTHOR, NOW, LocalDate.of(2025, 6, 9));
    }

    private static ReceiptLineInput receipt(PurchaseOrder po, int line, String received, String rejected) {
        return new ReceiptLineInput(po.lines().get(line).id(), new BigDecimal(received), new BigDecimal(rejected),
                null, null);
    }

    /** Each action, and the statuses it is legal in. */
    private static final Map<String, Set<PurchaseOrderStatus>> LEGAL = Map.of(
            "submit", EnumSet.of(PurchaseOrderStatus.DRAFT),
            "approve", EnumSet.of(PurchaseOrderStatus.PENDING_APPROVAL),
            "reject", EnumSet.of(PurchaseOrderStatus.PENDING_APPROVAL),
            "order", EnumSet.of(PurchaseOrderStatus.APPROVED),
            "cancel", EnumSet.of(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.PENDING_APPROVAL,
                    PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.ORDERED),
            "receive", EnumSet.of(PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED),
            "revise", EnumSet.of(PurchaseOrderStatus.DRAFT),
            "addLine", EnumSet.of(PurchaseOrderStatus.DRAFT));

    private static final Map<String, Consumer<PurchaseOrder>> ACTIONS = Map.of(
            "submit", po -> po.submit(AUTHOR),
            "approve", po -> po.approve(new ApprovalAuthority("boss", false, LIMIT), NOW),
            "reject", po -> po.reject("boss", "no budget"),
            "order", po -> po.order(AUTHOR, NOW, null),
            "cancel", po -> po.cancel(AUTHOR, "changed our mind"),
            "receive", po -> po.receive("keeper", List.of(receipt(po, 1, "1", "0")), BigDecimal.ZERO),
            "revise", po -> po.revise(po.supplierId(), po.deliveryLocationId(), null, "n", List.of(FILTERS)),
            "addLine", po -> po.addLine(new NewLine(UUID.randomUUID(), "X", "x", BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.ZERO)));

    @ParameterizedTest
    @EnumSource(PurchaseOrderStatus.class)
    void everyActionIsLegalExactlyInItsStatuses(PurchaseOrderStatus status) {
        ACTIONS.forEach((action, apply) -> {
            PurchaseOrder po = in(status);
            if (LEGAL.get(action).contains(status)) {
                apply.accept(po);
            } else {
                assertThatThrownBy(() -> apply.accept(po)).as(action + " in " + status)
                        .isInstanceOf(IllegalTransitionException.class)
                        .extracting(e -> ((DomainException) e).code()).isEqualTo("illegal-transition");
                assertThat(po.status()).as("unchanged after a refused " + action).isEqualTo(status);
            }
        });
    }

    @Test
    void theHappyPathEndsReceivedWithItsHistory() {
        PurchaseOrder po = draft(FILTERS, PLUGS);
        po.submit(AUTHOR);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.PENDING_APPROVAL);
        po.approve(new ApprovalAuthority("boss", false, LIMIT), NOW);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.APPROVED);
        assertThat(po.approvedBy()).isEqualTo("boss");
        po.order(AUTHOR, NOW, LocalDate.of(2025, 6, 9));
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.ORDERED);
        assertThat(po.expectedDeliveryDate()).isEqualTo(LocalDate.of(2025, 6, 9));
        po.receive("keeper", List.of(receipt(po, 0, "6", "1")), BigDecimal.ZERO);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        po.receive("keeper", List.of(receipt(po, 0, "5", "0"), receipt(po, 1, "4", "0")), BigDecimal.ZERO);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(po.changes()).extracting(StatusChange::to).containsExactly(PurchaseOrderStatus.DRAFT,
                PurchaseOrderStatus.PENDING_APPROVAL, PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.ORDERED,
                PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED);
    }

    @Test
    void totalsAreExact() {
        PurchaseOrder po = draft(FILTERS, PLUGS);
        // 2500.00 + 450.00 GST; 482.00 + 134.96 GST
        assertThat(po.amounts().net()).isEqualByComparingTo("2982.00");
        assertThat(po.amounts().tax()).isEqualByComparingTo("584.96");
        assertThat(po.amounts().total()).isEqualByComparingTo("3566.96");
    }

    @Test
    void submittingNeedsLines() {
        PurchaseOrder empty = draft();
        assertThatThrownBy(() -> empty.submit(AUTHOR)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("no-lines");
        assertThat(empty.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
    }

    @Test
    void theAuthorOrSubmitterCannotApprove() {
        PurchaseOrder byAuthor = in(PurchaseOrderStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> byAuthor.approve(new ApprovalAuthority(AUTHOR, true, LIMIT), NOW))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("self-approval");
        PurchaseOrder submittedByOther = draft(FILTERS);
        submittedByOther.submit("submitter");
        assertThatThrownBy(() -> submittedByOther.approve(new ApprovalAuthority("submitter", true, LIMIT), NOW))
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void aboveTheLimitOnlyUnlimitedApproversMayApprove() {
        NewLine dear = new NewLine(UUID.randomUUID(), "ENG", "Engine", BigDecimal.ONE, new BigDecimal("423729.00"),
                new BigDecimal("18"));
        // 423729.00 + 76271.22 = 500000.22 > 500000.00
        PurchaseOrder po = draft(dear);
        po.submit(AUTHOR);
        assertThatThrownBy(() -> po.approve(new ApprovalAuthority("boss", false, LIMIT), NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("approval-limit-exceeded");
        po.approve(new ApprovalAuthority("director", true, LIMIT), NOW);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.APPROVED);
    }

    @Test
    void exactlyTheLimitIsWithinIt() {
        NewLine atLimit = new NewLine(UUID.randomUUID(), "X", "x", BigDecimal.ONE, new BigDecimal("500000.00"),
                BigDecimal.ZERO);
        PurchaseOrder po = draft(atLimit);
        po.submit(AUTHOR);
        po.approve(new ApprovalAuthority("boss", false, LIMIT), NOW);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.APPROVED);
    }

    @Test
    void overReceiptIsRefusedBeyondTheTolerance() {
        PurchaseOrder po = in(PurchaseOrderStatus.ORDERED);
        assertThatThrownBy(() -> po.receive("k", List.of(receipt(po, 0, "10.001", "0")), BigDecimal.ZERO))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("over-receipt");
        assertThat(po.lines().get(0).received()).isEqualByComparingTo("0");
        // 10% tolerance: up to 11 of 10
        po.receive("k", List.of(receipt(po, 0, "11", "0")), BigDecimal.TEN);
        assertThat(po.lines().get(0).received()).isEqualByComparingTo("11");
        assertThatThrownBy(() -> po.receive("k", List.of(receipt(po, 0, "0.001", "0")), BigDecimal.TEN))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("over-receipt");
    }

    @Test
    void rejectedGoodsDoNotCountAsReceived() {
        PurchaseOrder po = in(PurchaseOrderStatus.ORDERED);
        List<ReceivedLine> booked = po.receive("k", List.of(receipt(po, 0, "12", "3")), BigDecimal.ZERO);
        assertThat(booked.get(0).accepted()).isEqualByComparingTo("9");
        assertThat(po.lines().get(0).received()).isEqualByComparingTo("9");
        assertThat(po.lines().get(0).rejected()).isEqualByComparingTo("3");
        assertThat(booked.get(0).unitCost()).isEqualByComparingTo("250.00");
        assertThat(booked.get(0).amounts().net()).isEqualByComparingTo("2250.00");
    }

    @Test
    void aDeliveryThatIsAllRejectedKeepsTheOrderOrderedAndCancellable() {
        PurchaseOrder po = in(PurchaseOrderStatus.ORDERED);
        po.receive("k", List.of(receipt(po, 0, "2", "2")), BigDecimal.ZERO);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.ORDERED);
        po.cancel(AUTHOR, "supplier sent scrap");
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    }

    @Test
    void badReceiptsChangeNothing() {
        PurchaseOrder po = in(PurchaseOrderStatus.ORDERED);
        assertThatThrownBy(() -> po.receive("k", List.of(new ReceiptLineInput(UUID.randomUUID(), BigDecimal.ONE,
                BigDecimal.ZERO, null, null)), BigDecimal.ZERO))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("unknown-line");
        assertThatThrownBy(() -> po.receive("k", List.of(receipt(po, 0, "1", "0"), receipt(po, 0, "1", "0")),
                BigDecimal.ZERO)).extracting(e -> ((DomainException) e).code()).isEqualTo("duplicate-line");
        assertThatThrownBy(() -> po.receive("k", List.of(receipt(po, 0, "1", "2")), BigDecimal.ZERO))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid-quantity");
        assertThatThrownBy(() -> po.receive("k", List.of(receipt(po, 0, "0", "0")), BigDecimal.ZERO))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("empty-receipt");
        // the second line broke a rule after the first was fine: the first must not be booked either
        assertThatThrownBy(() -> po.receive("k", List.of(receipt(po, 0, "1", "0"), receipt(po, 1, "9", "0")),
                BigDecimal.ZERO)).extracting(e -> ((DomainException) e).code()).isEqualTo("over-receipt");
        assertThat(po.lines()).allSatisfy(l -> assertThat(l.received()).isEqualByComparingTo("0"));
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.ORDERED);
    }

    @Test
    void aReceiptMayOverrideTheUnitCost() {
        PurchaseOrder po = in(PurchaseOrderStatus.ORDERED);
        List<ReceivedLine> booked = po.receive("k", List.of(new ReceiptLineInput(po.lines().get(1).id(),
                new BigDecimal("4"), BigDecimal.ZERO, new BigDecimal("118.25"), null)), BigDecimal.ZERO);
        assertThat(booked.get(0).unitCost()).isEqualByComparingTo("118.25");
        assertThat(booked.get(0).amounts().tax()).isEqualByComparingTo("132.44");
    }

    @Test
    void anItemAppearsOnceOnAnOrder() {
        assertThatThrownBy(() -> draft(FILTERS, FILTERS)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("duplicate-item");
    }

    @Test
    void theStatusTableAgreesWithTheActions() {
        assertThat(PurchaseOrderStatus.PARTIALLY_RECEIVED.canBecome(PurchaseOrderStatus.CANCELLED)).isFalse();
        assertThat(EnumSet.allOf(PurchaseOrderStatus.class).stream().filter(PurchaseOrderStatus::awaitsGoods))
                .containsExactly(PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED);
    }
}
