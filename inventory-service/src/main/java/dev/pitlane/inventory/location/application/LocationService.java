package dev.pitlane.inventory.location.application;

import dev.pitlane.inventory.location.persistence.Bin;
import dev.pitlane.inventory.location.persistence.BinRepository;
import dev.pitlane.inventory.location.persistence.Location;
import dev.pitlane.inventory.location.persistence.LocationRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Service
public class LocationService {

    /** @param version on an update, the version the caller read (a location changed since → 409), or null */
    public record LocationRequest(String code, String name, LocationType type, UUID serviceCenterId, String address,
                                  Boolean active, Long version) {
    }

    private final LocationRepository locations;
    private final BinRepository bins;

    public LocationService(LocationRepository locations, BinRepository bins) {
        this.locations = locations;
        this.bins = bins;
    }

    @Transactional
    public LocationView create(LocationRequest r) {
        return create(UUID.randomUUID(), r);
    }

    /** With a chosen id: the demo data uses the ids every service shares. */
    @Transactional
    public LocationView create(UUID id, LocationRequest r) {
        if ((r.type() == LocationType.SERVICE_CENTER_STORE) != (r.serviceCenterId() != null)) {
            throw DomainException.invalidField("serviceCenterId", "Invalid",
                    "a service-center store names its service center; a central warehouse does not");
        }
        // flushed at once: stock written with SQL in the same transaction may refer to it
        return locations.saveAndFlush(new Location(id, r.code(), r.name(), r.type(), r.serviceCenterId(), r.address(),
                r.active() == null || r.active())).view();
    }

    @Transactional
    public LocationView update(UUID id, LocationRequest r) {
        Location location = require(id);
        LocationView current = location.view();
        if (r.version() != null && !r.version().equals(location.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(Location.class, id);
        }
        if (r.type() != null && r.type() != current.type()
                || r.serviceCenterId() != null && !r.serviceCenterId().equals(current.serviceCenterId())) {
            throw DomainException.unprocessable("location-type-fixed",
                    "A location's type and service center cannot change; create a new location");
        }
        location.change(r.code(), r.name(), r.address(), r.active() == null ? current.active() : r.active());
        return locations.saveAndFlush(location).view();
    }

    public LocationView get(UUID id) {
        return require(id).view();
    }

    public List<LocationView> list(LocationType type, UUID serviceCenterId) {
        Specification<Location> filter = (root, query, cb) -> cb.and(
                type == null ? cb.conjunction() : cb.equal(root.get("type"), type),
                serviceCenterId == null ? cb.conjunction() : cb.equal(root.get("serviceCenterId"), serviceCenterId));
        return locations.findAll(filter, Sort.by("code")).stream().map(Location::view).toList();
    }

    private Location require(UUID id) {
        return locations.findById(id).orElseThrow(() -> DomainException.notFound("Location", id));
    }

    @Transactional
    public BinView addBin(UUID locationId, String code) {
        get(locationId);
        return bins.saveAndFlush(new Bin(UUID.randomUUID(), locationId, code)).view();
    }

    public List<BinView> bins(UUID locationId) {
        get(locationId);
        return bins.findByLocationIdOrderByCode(locationId).stream().map(Bin::view).toList();
    }

    /**
     * The locations stock is about to move at: each must exist and be active, and a caller bound to service
     * centers may only move stock at their own centers' stores.
     */
    public void requireUsable(Collection<UUID> ids) {
        Map<UUID, LocationView> found = new HashMap<>();
        locations.findAllById(ids).forEach(l -> found.put(l.view().id(), l.view()));
        for (UUID id : ids) {
            LocationView l = found.get(id);
            if (l == null) {
                throw DomainException.notFound("Location", id);
            }
            requireUsable(new LocationFacts(l.id(), l.code(), l.active(), l.serviceCenterId()));
        }
    }

    public static void requireUsable(LocationFacts l) {
        if (!l.active()) {
            throw DomainException.unprocessable("location-inactive", "Location " + l.code() + " is inactive");
        }
        Caller caller = TenantContext.caller();
        if (l.serviceCenterId() != null && !caller.mayAccessServiceCenter(l.serviceCenterId())) {
            throw DomainException.forbidden("You do not work at the service center of location " + l.code());
        }
    }

    public boolean binBelongsTo(UUID binId, UUID locationId) {
        return bins.existsByIdAndLocationId(binId, locationId);
    }
}
