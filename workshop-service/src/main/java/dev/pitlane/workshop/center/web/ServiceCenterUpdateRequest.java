package dev.pitlane.workshop.center.web;

import dev.pitlane.workshop.center.application.CenterDetails;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/** A center's details replaced as a whole; {@code version} is the one read (optimistic). */
record ServiceCenterUpdateRequest(@NotBlank @Size(max = 200) String name,
                                  @NotBlank @Size(max = 500) String address,
                                  @NotBlank @Pattern(regexp = "[0-9]{2}") String stateCode,
                                  @Pattern(regexp = "[0-9]{2}[A-Z0-9]{13}") String gstin,
                                  @NotNull ZoneId timeZone,
                                  @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal labourRate,
                                  @NotNull @Min(5) @Max(240) Integer slotMinutes,
                                  @NotNull Long version) {

    CenterDetails details() {
        return new CenterDetails(name, address, stateCode, gstin, timeZone,
                labourRate.setScale(2, RoundingMode.UNNECESSARY), slotMinutes);
    }
}
