package dev.pitlane.inventory.location.application;

import dev.pitlane.inventory.location.persistence.LocationRepository;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Service
public class LocationService {

    public record LocationRequest(String code, String name, LocationType type, UUID serviceCenterId, String address,
                                  Boolean active) {
    }

    private final LocationRepository locations;

    public LocationService(LocationRepository locations) {
        this.locations = locations;
    }

    @Transactional
    public LocationView create(LocationRequest r) {
        return create(UUID.randomUUID(), r);
    }

    /** With a chosen id: the demo data uses the ids every service shares. */
    @Transactional
    public LocationView create(UUID id, LocationRequest r) {
        if ((r.type() == LocationType.SERVICE_CENTER_STORE) != (r.serviceCenterId() != null)) {
            throw ApiException.badField("serviceCenterId", "Invalid",
                    "a service-center store names its service center; a central warehouse does not");
        }
        LocationView l = new LocationView(id, r.code(), r.name(), r.type(), r.serviceCenterId(), r.address(),
                r.active() == null || r.active());
        locations.insert(TenantContext.organizationId(), l);
        return l;
    }

    @Transactional
    public LocationView update(UUID id, LocationRequest r) {
        LocationView current = get(id);
        if (r.type() != null && r.type() != current.type()
                || r.serviceCenterId() != null && !r.serviceCenterId().equals(current.serviceCenterId())) {
            throw ApiException.unprocessable("location-type-fixed",
                    "A location's type and service center cannot change; create a new location");
        }
        LocationView updated = new LocationView(id, r.code(), r.name(), current.type(), current.serviceCenterId(),
                r.address(), r.active() == null ? current.active() : r.active());
        locations.update(TenantContext.organizationId(), updated);
        return updated;
    }

    public LocationView get(UUID id) {
        return locations.find(TenantContext.organizationId(), id)
                .orElseThrow(() -> ApiException.notFound("Location", id));
    }

    public List<LocationView> list(LocationType type, UUID serviceCenterId) {
        return locations.list(TenantContext.organizationId(), type, serviceCenterId);
    }

    @Transactional
    public BinView addBin(UUID locationId, String code) {
        get(locationId);
        BinView bin = new BinView(UUID.randomUUID(), locationId, code);
        locations.insertBin(TenantContext.organizationId(), bin);
        return bin;
    }

    public List<BinView> bins(UUID locationId) {
        get(locationId);
        return locations.bins(TenantContext.organizationId(), locationId);
    }

    /**
     * The locations stock is about to move at: each must exist and be active, and a caller bound to service
     * centers may only move stock at their own centers' stores.
     */
    public void requireUsable(Collection<UUID> ids) {
        Map<UUID, LocationView> found = new HashMap<>();
        locations.findAll(TenantContext.organizationId(), ids).forEach(l -> found.put(l.id(), l));
        for (UUID id : ids) {
            LocationView l = found.get(id);
            if (l == null) {
                throw ApiException.notFound("Location", id);
            }
            requireUsable(new LocationFacts(l.id(), l.code(), l.active(), l.serviceCenterId()));
        }
    }

    public static void requireUsable(LocationFacts l) {
        if (!l.active()) {
            throw ApiException.unprocessable("location-inactive", "Location " + l.code() + " is inactive");
        }
        Caller caller = TenantContext.caller();
        if (l.serviceCenterId() != null && !caller.mayAccessServiceCenter(l.serviceCenterId())) {
            throw ApiException.forbidden("You do not work at the service center of location " + l.code());
        }
    }

    public boolean binBelongsTo(UUID binId, UUID locationId) {
        return locations.binBelongsTo(TenantContext.organizationId(), binId, locationId);
    }
}
