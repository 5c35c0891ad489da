package dev.pitlane.customer.vehicle.domain;

import dev.pitlane.platform.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VehicleRulesTest {

    @Test
    void vinShapeIsStrictAndTheCheckDigitOnlyWhenAsked() {
        assertThat(Vin.normalize(" 1m8gdm9axkp042788 ", true)).isEqualTo("1M8GDM9AXKP042788");
        assertThat(Vin.checkDigit("1M8GDM9AXKP042788")).isEqualTo('X');
        // a typical Indian VIN with no North-American check digit
        assertThat(Vin.normalize("MA3EWDE1S00123456", false)).isEqualTo("MA3EWDE1S00123456");
        assertThatThrownBy(() -> Vin.normalize("MA3EWDE1S00123456", true)).hasMessageContaining("check digit");
        assertThatThrownBy(() -> Vin.normalize("MA3EWDE1O00123456", false)).hasMessageContaining("except I, O and Q");
        assertThatThrownBy(() -> Vin.normalize("MA3EWDE1S0012345", false)).hasMessageContaining("17");
    }

    @ParameterizedTest
    @CsvSource({"MH 02 AB 1234,MH02AB1234", "ka-03-mn-4567,KA03MN4567", "22 BH 1234 AA,22BH1234AA", "dl.3c.ab.1234,DL3CAB1234"})
    void platesAreStoredAsCompared(String typed, String stored) {
        assertThat(RegistrationNumber.normalize(typed)).isEqualTo(stored);
    }

    @Test
    void platesWithOtherCharactersAreRefused() {
        assertThatThrownBy(() -> RegistrationNumber.normalize("MH#02")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RegistrationNumber.normalize("AB1")).isInstanceOf(DomainException.class);
    }

    @Test
    void statusMachine() {
        assertThat(VehicleStatus.ACTIVE.canMoveTo(VehicleStatus.IN_SERVICE)).isTrue();
        assertThat(VehicleStatus.IN_SERVICE.canMoveTo(VehicleStatus.READY_FOR_DELIVERY)).isTrue();
        assertThat(VehicleStatus.READY_FOR_DELIVERY.canMoveTo(VehicleStatus.ACTIVE)).isTrue();
        assertThat(VehicleStatus.IN_SERVICE.canMoveTo(VehicleStatus.SCRAPPED)).isFalse();
        assertThat(VehicleStatus.ACTIVE.canMoveTo(VehicleStatus.ACTIVE)).isFalse();
        assertThat(VehicleStatus.SCRAPPED.next()).isEmpty();
    }

    @Test
    void odometerOnlyGoesUpUnlessCorrected() {
        Odometer.checkReading(1000, 1000, false);
        Odometer.checkReading(null, 0, false);
        assertThatThrownBy(() -> Odometer.checkReading(1000, 999, false)).hasMessageContaining("correction");
        Odometer.checkReading(1000, 999, true);
        assertThatThrownBy(() -> Odometer.checkReading(null, -1, true)).isInstanceOf(DomainException.class);
        assertThat(Odometer.advances(1000, 1200)).isTrue();
        assertThat(Odometer.advances(1000, 900)).isFalse();
        assertThat(Odometer.advances(null, 10)).isTrue();
    }

    @Test
    void aVehicleNeedsAVinOrAPlateAndAPlausibleYear() {
        assertThatThrownBy(() -> VehicleDetails.from(new VehicleInput(null, " ", "Kia", "Seltos", null, 2020, null),
                false, Year.of(2025))).hasMessageContaining("VIN or a registration number");
        assertThatThrownBy(() -> VehicleDetails.from(new VehicleInput(null, "KA03MN4567", "Kia", "Seltos", null, 2027,
                null), false, Year.of(2025))).hasMessageContaining("year");
        var ok = VehicleDetails.from(new VehicleInput(null, "ka 03 mn 4567", "Kia", "Seltos", null, 2026, "cng"), false,
                Year.of(2025));
        assertThat(ok.fuel()).isEqualTo(FuelType.CNG);
    }
}
