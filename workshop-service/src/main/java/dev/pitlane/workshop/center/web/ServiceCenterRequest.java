package dev.pitlane.workshop.center.web;

import dev.pitlane.workshop.center.application.CenterDetails;
import dev.pitlane.workshop.center.domain.DailyHours;
import dev.pitlane.workshop.shared.application.HoursRequest;
import jakarta.validation.Valid;
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
import java.util.List;
import java.util.UUID;

/** A new service center; {@code id} lets an import keep the ids the other services already use. */
record ServiceCenterRequest(UUID id,
                            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,3}") String code,
                            @NotBlank @Size(max = 200) String name,
                            @NotBlank @Size(max = 500) String address,
                            @NotBlank @Pattern(regexp = "[0-9]{2}") String stateCode,
                            @Pattern(regexp = "[0-9]{2}[A-Z0-9]{13}") String gstin,
                            @NotNull ZoneId timeZone,
                            @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal labourRate,
                            @Min(5) @Max(240) Integer slotMinutes,
                            @Valid List<@NotNull HoursRequest> hours) {

    CenterDetails details() {
        return new CenterDetails(name, address, stateCode, gstin, timeZone, labourRate.setScale(2, RoundingMode.UNNECESSARY),
                slotMinutes == null ? 30 : slotMinutes);
    }

    List<DailyHours> weeklyHours() {
        return hours == null ? List.of() : hours.stream().map(HoursRequest::toDomain).toList();
    }
}
