package dev.pitlane.billing.invoice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitlane.platform.domain.DomainException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

class SettlementTest {

    private static BigDecimal rupees(String s) {
        return new BigDecimal(s);
    }

    @Test
    void paidInTwoPartsGoesFromIssuedThroughPartiallyPaidToPaid() {
        Settlement issued = Settlement.unsettled(rupees("1180.00"));
        Settlement part = issued.pay(rupees("500"));
        Settlement full = part.pay(rupees("680.00"));

        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(part.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(part.due()).isEqualByComparingTo("680.00");
        assertThat(full.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(full.due()).isEqualByComparingTo("0");
    }

    @Test
    void aPaymentAboveWhatIsDueIsRefused() {
        Settlement part = Settlement.unsettled(rupees("1180.00")).pay(rupees("1000.00"));

        assertThatThrownBy(() -> part.pay(rupees("180.01")))
                .isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("payment.exceeds-due");
    }

    @Test
    void aRefundNeverExceedsWhatWasPaidAndReopensTheInvoice() {
        Settlement paid = Settlement.unsettled(rupees("1180.00")).pay(rupees("1180.00"));

        assertThat(paid.refund(rupees("180.00")).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThatThrownBy(() -> paid.refund(rupees("1180.01")))
                .isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("refund.exceeds-paid");
    }

    @Test
    void aFullCreditWithNothingPaidCancelsTheInvoice() {
        Settlement issued = Settlement.unsettled(rupees("1180.00"));

        assertThat(issued.credit(rupees("1180.00")).status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(issued.credit(rupees("180.00")).due()).isEqualByComparingTo("1000.00");
    }

    @Test
    void amountsWithFractionsOfAPaisaOrNotPositiveAreRefused() {
        Settlement issued = Settlement.unsettled(rupees("100.00"));

        for (String bad : List.of("0", "-1.00", "10.005")) {
            assertThatThrownBy(() -> issued.pay(rupees(bad))).isInstanceOf(DomainException.class)
                    .extracting("code").isEqualTo("invalid-amount");
        }
    }

    @Property
    void whateverIsTriedTheInvoiceIsNeverOverpaidNorRefundedBeyondWhatItReceived(
            @ForAll("totals") BigDecimal total, @ForAll("operations") List<Tuple2<Integer, BigDecimal>> operations) {
        Settlement settlement = Settlement.unsettled(total);
        for (Tuple2<Integer, BigDecimal> op : operations) {
            try {
                settlement = switch (op.get1()) {
                    case 0 -> settlement.pay(op.get2());
                    case 1 -> settlement.refund(op.get2());
                    default -> settlement.credit(op.get2());
                };
            } catch (DomainException refused) {
                // refused: nothing changed
            }
            assertThat(settlement.due()).isBetween(BigDecimal.ZERO, total);
            assertThat(settlement.paid()).isBetween(BigDecimal.ZERO, total);
            assertThat(settlement.paid().add(settlement.credited()).add(settlement.due())).isEqualByComparingTo(total);
            assertThat(settlement.due().scale()).isEqualTo(2);
        }
    }

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1.00"), new BigDecimal("500000.00")).ofScale(2);
    }

    @Provide
    Arbitrary<List<Tuple2<Integer, BigDecimal>>> operations() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("600000.00")).ofScale(2);
        return Arbitraries.integers().between(0, 2).flatMap(kind -> amounts.map(a -> Tuple.of(kind, a)))
                .list().ofMaxSize(20);
    }
}
