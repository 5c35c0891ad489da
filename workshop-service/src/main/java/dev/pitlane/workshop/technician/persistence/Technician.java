package dev.pitlane.workshop.technician.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import dev.pitlane.workshop.center.domain.DailyHours;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user of auth-service with the TECHNICIAN role: name and service centers follow the user's events; skills and
 * shifts belong to the workshop.
 */
@Entity
@Table(name = "technicians")
public class Technician extends TenantOwnedEntity {

    @Id
    private UUID id;
    private String email;
    private String firstName;
    private String lastName;
    private boolean active;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "technician_service_centers", joinColumns = @JoinColumn(name = "technician_id"))
    private List<TechnicianCenter> serviceCenters = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "technician_skills", joinColumns = @JoinColumn(name = "technician_id"))
    private List<TechnicianSkill> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "technician_shifts", joinColumns = @JoinColumn(name = "technician_id"))
    private List<Shift> shifts = new ArrayList<>();

    protected Technician() {
    }

    public Technician(UUID id) {
        this.id = id;
        this.updatedAt = Instant.EPOCH;
    }

    /** The user as auth-service last described it; an older description than the one applied is ignored. */
    public boolean follow(UUID organizationId, String newEmail, String newFirstName, String newLastName,
                          boolean isActive, Set<UUID> centers, Instant changedAt) {
        if (changedAt.isBefore(updatedAt)) {
            return false;
        }
        email = newEmail;
        firstName = newFirstName;
        lastName = newLastName;
        active = isActive;
        serviceCenters.clear();
        centers.stream().sorted().forEach(c -> serviceCenters.add(new TechnicianCenter(organizationId, c)));
        updatedAt = changedAt;
        return true;
    }

    public void deactivate(Instant at) {
        if (!at.isBefore(updatedAt)) {
            active = false;
            updatedAt = at;
        }
    }

    public void replaceSkills(UUID organizationId, Collection<String> newSkills) {
        skills.clear();
        newSkills.stream().distinct().sorted().forEach(s -> skills.add(new TechnicianSkill(organizationId, s)));
    }

    public void replaceShifts(UUID organizationId, Collection<DailyHours> week) {
        shifts.clear();
        week.forEach(h -> shifts.add(new Shift(organizationId, h)));
    }

    public boolean hasSkill(String skill) {
        return skill == null || skills.stream().anyMatch(s -> s.skill().equals(skill));
    }

    /** The shift on {@code weekday}; empty when the technician has shifts but none that day. */
    public Optional<DailyHours> shiftOn(java.time.DayOfWeek weekday, DailyHours centerHours) {
        if (shifts.isEmpty()) {
            return Optional.ofNullable(centerHours);
        }
        return shifts.stream().map(Shift::toDomain).filter(s -> s.day() == weekday).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public boolean active() {
        return active;
    }

    public List<UUID> serviceCenterIds() {
        return serviceCenters.stream().map(TechnicianCenter::serviceCenterId).toList();
    }

    public List<String> skills() {
        return skills.stream().map(TechnicianSkill::skill).toList();
    }

    public List<DailyHours> shifts() {
        return shifts.stream().map(Shift::toDomain).sorted(Comparator.comparing(DailyHours::day)).toList();
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
