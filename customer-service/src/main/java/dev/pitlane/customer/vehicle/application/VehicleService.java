package dev.pitlane.customer.vehicle.application;

import dev.pitlane.customer.common.application.EntityCache;
import dev.pitlane.customer.common.domain.Violations;
import dev.pitlane.customer.config.CustomerProperties;
import dev.pitlane.customer.customer.application.CustomerService;
import dev.pitlane.customer.vehicle.domain.Odometer;
import dev.pitlane.customer.vehicle.domain.RegistrationNumber;
import dev.pitlane.customer.vehicle.domain.VehicleDetails;
import dev.pitlane.customer.vehicle.domain.VehicleInput;
import dev.pitlane.customer.vehicle.domain.VehicleStatus;
import dev.pitlane.customer.vehicle.domain.Vin;
import dev.pitlane.customer.vehicle.persistence.VehicleRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.Cursor;
import dev.pitlane.platform.web.CursorPage;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Vehicles of the caller's organization: register, correct, transfer, read the odometer, move through statuses. */
@Service
public class VehicleService {

    public static final String CACHE = "vehicles";

    private final VehicleRepository vehicles;
    private final CustomerService customers;
    private final Outbox outbox;
    private final EntityCache cache;
    private final Clock clock;
    private final boolean verifyVinCheckDigit;

    VehicleService(VehicleRepository vehicles, CustomerService customers, Outbox outbox, EntityCache cache,
                   CustomerProperties properties) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.outbox = outbox;
        this.cache = cache;
        this.clock = Clock.systemUTC();
        this.verifyVinCheckDigit = properties.vin().checkDigit();
    }

    private VehicleDetails details(VehicleInput input) {
        return VehicleDetails.from(input, verifyVinCheckDigit, Year.now(clock));
    }

    /** Checks a vehicle the way {@link #register} does, recording problems instead of throwing (the bulk import). */
    public VehicleDetails check(VehicleInput input, Violations violations) {
        return VehicleDetails.check(input, verifyVinCheckDigit, Year.now(clock), violations);
    }

    /** A new vehicle of a customer in use, with its first odometer reading when given. */
    @Transactional
    public Vehicle register(UUID customerId, VehicleInput input, Integer odometerKm) {
        UUID org = TenantContext.organizationId();
        VehicleDetails details = details(input);
        if (odometerKm != null) {
            Odometer.checkReading(null, odometerKm, false);
        }
        requireCustomer(customerId, "customerId");
        Vehicle vehicle = vehicles.insert(org, new NewVehicle(UUID.randomUUID(), customerId, details,
                odometerKm, "REGISTRATION"));
        outbox.append(VehicleEvents.registered(vehicle));
        return vehicle;
    }

    @Transactional
    public Vehicle update(UUID id, VehicleInput input, long version) {
        UUID org = TenantContext.organizationId();
        VehicleDetails details = details(input);
        Vehicle updated = vehicles.updateDetails(org, id, details, version).orElseThrow(() -> {
            Vehicle current = vehicles.find(org, id).orElseThrow(() -> DomainException.notFound("Vehicle", id));
            return new OptimisticLockingFailureException("vehicle " + id + " is at version " + current.version());
        });
        cache.evict(CACHE, org, id);
        return updated;
    }

    public Vehicle get(UUID id) {
        UUID org = TenantContext.organizationId();
        Vehicle vehicle = cache.get(CACHE, org, id, Vehicle.class, () -> vehicles.find(org, id).orElse(null));
        if (vehicle == null) {
            throw DomainException.notFound("Vehicle", id);
        }
        return vehicle;
    }

    /** Each customer's vehicles, in one query, for expanding customers. */
    public Map<UUID, List<Vehicle>> ofCustomers(Collection<UUID> customerIds) {
        return vehicles.findByCustomers(TenantContext.organizationId(), customerIds);
    }

    public PageResponse<Vehicle> search(String vin, String registrationNumber, UUID customerId, VehicleStatus status,
                                        String make, PageQuery page) {
        UUID org = TenantContext.organizationId();
        Violations v = new Violations();
        VehicleSearch search = new VehicleSearch(
                vin == null || vin.isBlank() ? null : v.check("vin", vin, Vin::normalizeForSearch),
                registrationNumber == null || registrationNumber.isBlank() ? null
                        : v.check("registrationNumber", registrationNumber, RegistrationNumber::normalize),
                customerId, status, v.text("make", make, false, 60));
        v.throwIfAny();
        List<Vehicle> items = vehicles.search(org, search, page);
        long total = items.size() < page.size() && (page.offset() == 0 || !items.isEmpty())
                ? page.offset() + items.size() : vehicles.count(org, search);
        return PageResponse.of(items, page, total);
    }

    /** Hands the vehicle to another customer; the previous ownership stays in the history. */
    @Transactional
    public Vehicle transfer(UUID id, UUID newCustomerId, String note) {
        UUID org = TenantContext.organizationId();
        Vehicle current = vehicles.lock(org, id).orElseThrow(() -> DomainException.notFound("Vehicle", id));
        if (current.customerId().equals(newCustomerId)) {
            throw DomainException.conflict("same-owner",
                    "Vehicle " + id + " already belongs to customer " + newCustomerId);
        }
        requireCustomer(newCustomerId, "customerId");
        Instant now = clock.instant();
        Vehicle transferred = vehicles.changeOwner(org, id, newCustomerId, note, now);
        cache.evict(CACHE, org, id);
        outbox.append(VehicleEvents.ownershipTransferred(id, current.customerId(), newCustomerId, now));
        return transferred;
    }

    public List<Ownership> ownerships(UUID id) {
        get(id);
        return vehicles.ownerships(TenantContext.organizationId(), id);
    }

    @Transactional
    public Vehicle changeStatus(UUID id, VehicleStatus target) {
        UUID org = TenantContext.organizationId();
        Vehicle current = vehicles.lock(org, id).orElseThrow(() -> DomainException.notFound("Vehicle", id));
        if (!current.status().canMoveTo(target)) {
            throw DomainException.conflict("illegal-status-transition", "A vehicle " + current.status()
                    + " cannot become " + target + "; it can become " + current.status().next());
        }
        Vehicle changed = vehicles.changeStatus(org, id, target);
        cache.evict(CACHE, org, id);
        outbox.append(VehicleEvents.statusChanged(id, current.status(), target, clock.instant()));
        return changed;
    }

    /**
     * The workshop moved the vehicle's job card: the vehicle follows (in service, ready for delivery, back to active)
     * when its status allows it. A vehicle already there, or one an administrator set otherwise meanwhile
     * (inactive, scrapped) or deleted, is left as it is: the workshop's event is news, not a command.
     */
    @Transactional
    public boolean followWorkshop(UUID id, VehicleStatus target) {
        UUID org = TenantContext.organizationId();
        Vehicle current = vehicles.lock(org, id).orElse(null);
        if (current == null || !current.status().canMoveTo(target)) {
            return false;
        }
        vehicles.changeStatus(org, id, target);
        cache.evict(CACHE, org, id);
        outbox.append(VehicleEvents.statusChanged(id, current.status(), target, clock.instant()));
        return true;
    }

    /** A reading typed by a person: never below the current one unless it is flagged as a correction. */
    @Transactional
    public OdometerReading recordReading(UUID id, int readingKm, Instant recordedAt, boolean correction, String note) {
        UUID org = TenantContext.organizationId();
        Vehicle current = vehicles.lock(org, id).orElseThrow(() -> DomainException.notFound("Vehicle", id));
        Odometer.checkReading(current.odometerKm(), readingKm, correction);
        Instant at = recordedAt == null ? clock.instant() : recordedAt;
        if (at.isAfter(clock.instant().plusSeconds(300))) {
            throw DomainException.invalidField("recordedAt", "PastOrPresent", "must not be in the future");
        }
        OdometerReading reading = vehicles.addReading(org, id, readingKm, at, "MANUAL", correction, note, true);
        cache.evict(CACHE, org, id);
        return reading;
    }

    public CursorPage<OdometerReading> readings(UUID id, String cursor, int limit) {
        get(id);
        Cursor after = Cursor.decode(cursor, 2);
        Instant at;
        Long afterId;
        try {
            at = after == null ? null : Instant.parse(after.get(0));
            afterId = after == null ? null : Long.valueOf(after.get(1));
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "Invalid", "is not a cursor this endpoint gave out");
        }
        List<OdometerReading> rows = vehicles.readings(TenantContext.organizationId(), id, at, afterId, limit + 1);
        return CursorPage.of(rows, limit, r -> Cursor.of(r.recordedAt(), r.id()));
    }

    /**
     * A job card closed in the workshop: the last service moves to it, and its reading becomes the current one when
     * higher. Runs as the event's organization; an unknown vehicle is left alone.
     */
    @Transactional
    public void recordService(UUID vehicleId, Instant closedAt, Integer odometerKm, String jobCardNumber) {
        UUID org = TenantContext.organizationId();
        vehicles.lock(org, vehicleId).ifPresent(vehicle -> {
            if (!vehicles.recordService(org, vehicleId, LocalDate.ofInstant(closedAt, java.time.ZoneOffset.UTC),
                    odometerKm)) {
                return;
            }
            if (Odometer.advances(vehicle.odometerKm(), odometerKm)) {
                vehicles.addReading(org, vehicleId, odometerKm, closedAt, "JOB_CARD", false,
                        jobCardNumber == null ? null : "job card " + jobCardNumber, true);
            }
            cache.evict(CACHE, org, vehicleId);
        });
    }

    private void requireCustomer(UUID customerId, String field) {
        if (customerId == null) {
            throw DomainException.invalidField(field, "NotNull", "must not be null");
        }
        try {
            customers.get(customerId);
        } catch (DomainException notFound) {
            throw DomainException.invalidField(field, "UnknownCustomer", "is not a customer of this organization");
        }
    }
}
