package dev.pitlane.workshop.center.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import dev.pitlane.workshop.center.domain.CenterCalendar;
import dev.pitlane.workshop.center.domain.DailyHours;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A service center: its master data, weekly hours and holidays (one aggregate, one version). */
@Entity
@Table(name = "service_centers")
public class ServiceCenter extends TenantOwnedEntity {

    @Id
    private UUID id;
    private String code;
    private String name;
    private String address;
    private String stateCode;
    private String gstin;
    private String timeZone;
    private BigDecimal labourRate;
    private int slotMinutes;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "service_center_hours", joinColumns = @JoinColumn(name = "service_center_id"))
    private List<OpeningHours> hours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_center_holidays", joinColumns = @JoinColumn(name = "service_center_id"))
    private List<Holiday> holidays = new ArrayList<>();

    protected ServiceCenter() {
    }

    public ServiceCenter(UUID id, String code, Instant now) {
        this.id = id;
        this.code = code;
        this.createdAt = now;
    }

    public void describe(String name, String address, String stateCode, String gstin, ZoneId zone,
                         BigDecimal labourRate, int slotMinutes, Instant now) {
        this.name = name;
        this.address = address;
        this.stateCode = stateCode;
        this.gstin = gstin;
        this.timeZone = zone.getId();
        this.labourRate = labourRate;
        this.slotMinutes = slotMinutes;
        this.updatedAt = now;
    }

    public void replaceHours(UUID organizationId, Collection<DailyHours> week, Instant now) {
        hours.clear();
        week.forEach(h -> hours.add(new OpeningHours(organizationId, h)));
        updatedAt = now;
    }

    public boolean addHoliday(UUID organizationId, LocalDate day, String holidayName, Instant now) {
        if (holidays.stream().anyMatch(h -> h.day().equals(day))) {
            return false;
        }
        holidays.add(new Holiday(organizationId, day, holidayName));
        updatedAt = now;
        return true;
    }

    public boolean removeHoliday(LocalDate day, Instant now) {
        updatedAt = now;
        return holidays.removeIf(h -> h.day().equals(day));
    }

    public CenterCalendar calendar() {
        return new CenterCalendar(zone(), weeklyHours(),
                holidays.stream().map(Holiday::day).collect(Collectors.toSet()));
    }

    public List<DailyHours> weeklyHours() {
        return hours.stream().map(OpeningHours::toDomain).sorted(Comparator.comparing(DailyHours::day)).toList();
    }

    public List<Holiday> holidays() {
        return holidays.stream().sorted(Comparator.comparing(Holiday::day)).toList();
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String stateCode() {
        return stateCode;
    }

    public String gstin() {
        return gstin;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public BigDecimal labourRate() {
        return labourRate;
    }

    public Duration slot() {
        return Duration.ofMinutes(slotMinutes);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
