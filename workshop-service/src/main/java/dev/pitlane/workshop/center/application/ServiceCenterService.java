package dev.pitlane.workshop.center.application;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.center.domain.BayType;
import dev.pitlane.workshop.center.domain.DailyHours;
import dev.pitlane.workshop.center.persistence.Bay;
import dev.pitlane.workshop.center.persistence.BayRepository;
import dev.pitlane.workshop.center.persistence.ServiceCenter;
import dev.pitlane.workshop.center.persistence.ServiceCenterRepository;
import dev.pitlane.workshop.shared.application.Pages;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Service centers, their hours, holidays and bays. */
@Service
@Transactional
public class ServiceCenterService {

    private final ServiceCenterRepository centers;
    private final BayRepository bays;
    private final Clock clock;

    ServiceCenterService(ServiceCenterRepository centers, BayRepository bays, Clock clock) {
        this.centers = centers;
        this.bays = bays;
        this.clock = clock;
    }

    public ServiceCenterView create(UUID id, String code, CenterDetails details, List<DailyHours> hours) {
        if (centers.existsByCode(code)) {
            throw DomainException.conflict("duplicate", "A service center with code " + code + " exists");
        }
        checkGstin(details);
        ServiceCenter center = new ServiceCenter(id, code, clock.instant());
        center.describe(details.name(), details.address(), details.stateCode(), details.gstin(),
                details.timeZone(), details.labourRate(), details.slotMinutes(), clock.instant());
        center.replaceHours(TenantContext.organizationId(), oneEach(hours), clock.instant());
        return ServiceCenterView.of(centers.saveAndFlush(center));
    }

    public ServiceCenterView update(UUID id, CenterDetails details, long version) {
        ServiceCenter center = find(id);
        requireVersion(center.version(), version, id);
        checkGstin(details);
        center.describe(details.name(), details.address(), details.stateCode(), details.gstin(),
                details.timeZone(), details.labourRate(), details.slotMinutes(), clock.instant());
        return ServiceCenterView.of(centers.saveAndFlush(center));
    }

    @Transactional(readOnly = true)
    public ServiceCenterView get(UUID id) {
        return ServiceCenterView.of(find(id));
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return centers.existsById(id);
    }

    @Transactional(readOnly = true)
    public PageResponse<ServiceCenterView> list(PageQuery query) {
        return Pages.response(centers.findAll(Pages.pageable(query, "id")), query, ServiceCenterView::of);
    }

    public ServiceCenterView replaceHours(UUID id, List<DailyHours> hours) {
        ServiceCenter center = find(id);
        center.replaceHours(TenantContext.organizationId(), oneEach(hours), clock.instant());
        return ServiceCenterView.of(centers.saveAndFlush(center));
    }

    public ServiceCenterView addHoliday(UUID id, LocalDate day, String name) {
        ServiceCenter center = find(id);
        if (!center.addHoliday(TenantContext.organizationId(), day, name, clock.instant())) {
            throw DomainException.conflict("duplicate", day + " is already a holiday at " + center.code());
        }
        return ServiceCenterView.of(centers.saveAndFlush(center));
    }

    public ServiceCenterView removeHoliday(UUID id, LocalDate day) {
        ServiceCenter center = find(id);
        if (!center.removeHoliday(day, clock.instant())) {
            throw DomainException.notFound("Holiday", day);
        }
        return ServiceCenterView.of(centers.saveAndFlush(center));
    }

    public BayView addBay(UUID centerId, String code, BayType type) {
        find(centerId);
        return BayView.of(bays.saveAndFlush(new Bay(UUID.randomUUID(), centerId, code, type, clock.instant())));
    }

    public BayView changeBay(UUID centerId, UUID bayId, BayType type, boolean active, long version) {
        Bay bay = bays.findById(bayId).filter(b -> b.serviceCenterId().equals(centerId))
                .orElseThrow(() -> DomainException.notFound("Bay", bayId));
        requireVersion(bay.version(), version, bayId);
        bay.change(type, active);
        return BayView.of(bays.saveAndFlush(bay));
    }

    @Transactional(readOnly = true)
    public List<BayView> bays(UUID centerId) {
        find(centerId);
        return bays.findByServiceCenterIdOrderByCode(centerId).stream().map(BayView::of).toList();
    }

    /** The active bays of {@code type} at the center, in the order they are offered. */
    @Transactional(readOnly = true)
    public List<UUID> activeBays(UUID centerId, BayType type) {
        return bays.findByServiceCenterIdAndTypeAndActiveTrueOrderByCode(centerId, type).stream().map(Bay::id)
                .toList();
    }

    @Transactional(readOnly = true)
    public CenterSchedule schedule(UUID centerId) {
        ServiceCenter c = find(centerId);
        return new CenterSchedule(c.id(), c.code(), c.stateCode(), c.calendar(), c.slot(), c.labourRate());
    }

    private ServiceCenter find(UUID id) {
        return centers.findById(id).orElseThrow(() -> DomainException.notFound("Service center", id));
    }

    /** A GSTIN begins with the state code of its registration: a center registered elsewhere is a typo. */
    private static void checkGstin(CenterDetails d) {
        if (d.gstin() != null && !d.gstin().startsWith(d.stateCode())) {
            throw DomainException.unprocessable("gstin-state-mismatch", "GSTIN " + d.gstin()
                    + " is registered in state " + d.gstin().substring(0, 2) + ", not " + d.stateCode());
        }
    }

    private static List<DailyHours> oneEach(List<DailyHours> hours) {
        Map<DayOfWeek, DailyHours> byDay = hours.stream().collect(Collectors.toMap(DailyHours::day,
                Function.identity(), (a, b) -> {
                    throw DomainException.unprocessable("invalid-hours", a.day() + " is given twice");
                }));
        return List.copyOf(byDay.values());
    }

    private static void requireVersion(long actual, long expected, UUID id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(ServiceCenter.class, id);
        }
    }
}
