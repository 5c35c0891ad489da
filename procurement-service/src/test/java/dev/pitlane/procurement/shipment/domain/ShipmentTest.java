package dev.pitlane.procurement.shipment.domain;

import dev.pitlane.procurement.shared.domain.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShipmentTest {

    private static final Instant T0 = Instant.parse("2025-06-02T06:30:00Z");

    private static final Map<ShipmentStatus, Set<ShipmentStatus>> LEGAL = Map.of(
            ShipmentStatus.CREATED, EnumSet.of(ShipmentStatus.DISPATCHED, ShipmentStatus.EXCEPTION),
            ShipmentStatus.DISPATCHED, EnumSet.of(ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED,
                    ShipmentStatus.EXCEPTION),
            ShipmentStatus.IN_TRANSIT, EnumSet.of(ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED,
                    ShipmentStatus.EXCEPTION),
            ShipmentStatus.EXCEPTION, EnumSet.of(ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED,
                    ShipmentStatus.EXCEPTION),
            ShipmentStatus.DELIVERED, EnumSet.noneOf(ShipmentStatus.class));

    private static Shipment in(ShipmentStatus status) {
        Shipment s = Shipment.create(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "BlueDart", "BD-1", T0);
        switch (status) {
            case CREATED -> {
            }
            case DISPATCHED -> s.track(ShipmentStatus.DISPATCHED, null, T0);
            case IN_TRANSIT -> {
                s.track(ShipmentStatus.DISPATCHED, null, T0);
                s.track(ShipmentStatus.IN_TRANSIT, "Pune hub", T0.plusSeconds(60));
            }
            case EXCEPTION -> {
                s.track(ShipmentStatus.DISPATCHED, null, T0);
                s.track(ShipmentStatus.EXCEPTION, "Pune hub", T0.plusSeconds(60));
            }
            case DELIVERED -> {
                s.track(ShipmentStatus.DISPATCHED, null, T0);
                s.track(ShipmentStatus.DELIVERED, "Andheri", T0.plusSeconds(60));
            }
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(ShipmentStatus.class)
    void everyReportIsLegalExactlyFromItsStatuses(ShipmentStatus from) {
        for (ShipmentStatus to : ShipmentStatus.values()) {
            Shipment s = in(from);
            Instant later = T0.plusSeconds(3600);
            boolean repeatOfFinal = from == to && (to == ShipmentStatus.DISPATCHED || to == ShipmentStatus.DELIVERED
                    || to == ShipmentStatus.CREATED);
            if (repeatOfFinal) {
                assertThat(s.track(to, null, later).applied()).as(from + " again").isFalse();
            } else if (LEGAL.get(from).contains(to)) {
                TrackingResult result = s.track(to, "somewhere", later);
                assertThat(result.applied()).isTrue();
                assertThat(s.status()).isEqualTo(to);
                assertThat(s.lastEventAt()).isEqualTo(later);
            } else {
                assertThatThrownBy(() -> s.track(to, null, later)).as(from + " → " + to)
                        .isInstanceOf(IllegalTransitionException.class);
                assertThat(s.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void aLateReportIsKeptWithoutChangingTheStatus() {
        Shipment s = in(ShipmentStatus.DELIVERED);
        TrackingResult late = s.track(ShipmentStatus.IN_TRANSIT, "Lonavala", T0.plusSeconds(30));
        assertThat(late.applied()).isFalse();
        assertThat(late.statusChanged()).isFalse();
        assertThat(s.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(s.lastLocation()).isEqualTo("Andheri");
    }

    @Test
    void scansInTransitMoveTheLocation() {
        Shipment s = in(ShipmentStatus.IN_TRANSIT);
        TrackingResult scan = s.track(ShipmentStatus.IN_TRANSIT, "Thane", T0.plusSeconds(120));
        assertThat(scan.applied()).isTrue();
        assertThat(scan.statusChanged()).isFalse();
        assertThat(s.lastLocation()).isEqualTo("Thane");
    }

    @Test
    void deliveryStampsItsTime() {
        Shipment s = in(ShipmentStatus.EXCEPTION);
        s.track(ShipmentStatus.DELIVERED, "Andheri", T0.plusSeconds(500));
        assertThat(s.deliveredAt()).isEqualTo(T0.plusSeconds(500));
    }
}
