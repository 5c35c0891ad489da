package dev.pitlane.workshop.center.application;

import dev.pitlane.workshop.center.domain.DailyHours;
import dev.pitlane.workshop.center.persistence.ServiceCenter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ServiceCenterView(UUID id, String code, String name, String address, String stateCode, String gstin,
                                String timeZone, BigDecimal labourRate, int slotMinutes, List<DailyHours> hours,
                                List<HolidayView> holidays, long version) {

    public record HolidayView(LocalDate day, String name) {
    }

    static ServiceCenterView of(ServiceCenter c) {
        return new ServiceCenterView(c.id(), c.code(), c.name(), c.address(), c.stateCode(), c.gstin(),
                c.zone().getId(), c.labourRate(), (int) c.slot().toMinutes(), c.weeklyHours(),
                c.holidays().stream().map(h -> new HolidayView(h.day(), h.name())).toList(), c.version());
    }
}
