package dev.pitlane.inventory.reservation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationLineTest {

    @Test
    void consumptionNeverExceedsWhatIsLeftAndReleaseTakesTheRest() {
        ReservationLine line = new ReservationLine(1, null, UUID.randomUUID(), BigDecimal.TEN, BigDecimal.valueOf(6),
                BigDecimal.ZERO, BigDecimal.ZERO);
        ReservationLine consumed = line.consume(BigDecimal.valueOf(4));
        assertThat(consumed.remaining()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> consumed.consume(BigDecimal.valueOf(3))).isInstanceOf(IllegalArgumentException.class);
        ReservationLine released = consumed.releaseRest();
        assertThat(released.remaining()).isEqualByComparingTo("0");
        assertThat(released.releasedQuantity()).isEqualByComparingTo("2");
        assertThat(ReservationStatus.closed(true, ReservationStatus.EXPIRED)).isEqualTo(ReservationStatus.CONSUMED);
        assertThat(ReservationStatus.closed(false, ReservationStatus.EXPIRED)).isEqualTo(ReservationStatus.EXPIRED);
    }
}
