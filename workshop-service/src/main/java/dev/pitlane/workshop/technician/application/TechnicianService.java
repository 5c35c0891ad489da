package dev.pitlane.workshop.technician.application;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.center.domain.DailyHours;
import dev.pitlane.workshop.shared.application.Pages;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.workshop.technician.persistence.Technician;
import dev.pitlane.workshop.technician.persistence.TechnicianRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The workshop's technicians: kept from auth-service's user events, with the workshop's skills and shifts. */
@Service
@Transactional
public class TechnicianService {

    private final TechnicianRepository technicians;

    TechnicianService(TechnicianRepository technicians) {
        this.technicians = technicians;
    }

    /**
     * A user was created or changed. A technician is kept (active) while the user is active and holds the
     * TECHNICIAN role; a user who loses it stays known but inactive, so past job lines still name them.
     */
    public void onUser(UserSnapshot user) {
        Technician technician = technicians.findById(user.userId()).orElse(null);
        if (technician == null) {
            if (!user.isTechnician()) {
                return;
            }
            technician = new Technician(user.userId());
        }
        if (technician.follow(TenantContext.organizationId(), user.email(), user.firstName(), user.lastName(),
                user.active() && user.isTechnician(), user.serviceCenterIds(), user.changedAt())) {
            technicians.save(technician);
        }
    }

    public void onDeactivated(UUID userId, Instant at) {
        technicians.findById(userId).ifPresent(t -> t.deactivate(at));
    }

    public TechnicianView changeSkillsAndShifts(UUID id, Set<String> skills, List<DailyHours> shifts, long version) {
        Technician technician = find(id);
        if (technician.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Technician.class, id);
        }
        Set<DayOfWeek> days = shifts.stream().map(DailyHours::day).collect(Collectors.toSet());
        if (days.size() != shifts.size()) {
            throw DomainException.unprocessable("invalid-hours", "A weekday has two shifts");
        }
        UUID org = TenantContext.organizationId();
        technician.replaceSkills(org, skills);
        technician.replaceShifts(org, shifts);
        return TechnicianView.of(technicians.saveAndFlush(technician));
    }

    @Transactional(readOnly = true)
    public TechnicianView get(UUID id) {
        return TechnicianView.of(find(id));
    }

    @Transactional(readOnly = true)
    public PageResponse<TechnicianView> at(UUID centerId, PageQuery query) {
        return Pages.response(technicians.findAt(centerId, Pages.pageable(query, "id")), query,
                TechnicianView::of);
    }

    /** The active technicians of a center who have {@code skill} (null: any), in the order they are offered. */
    @Transactional(readOnly = true)
    public List<TechnicianView> availableFor(UUID centerId, String skill) {
        return technicians.activeAt(centerId).stream().filter(t -> t.hasSkill(skill)).map(TechnicianView::of)
                .toList();
    }

    private Technician find(UUID id) {
        return technicians.findById(id).orElseThrow(() -> DomainException.notFound("Technician", id));
    }
}
