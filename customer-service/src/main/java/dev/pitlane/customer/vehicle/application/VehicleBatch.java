package dev.pitlane.customer.vehicle.application;

import dev.pitlane.customer.common.application.EntityCache;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.customer.vehicle.domain.VehicleDetails;
import dev.pitlane.customer.vehicle.persistence.VehicleRepository;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Vehicles many at a time, for the bulk import and export, in the caller's transaction. */
@Service
public class VehicleBatch {

    private final VehicleRepository vehicles;
    private final Outbox outbox;
    private final EntityCache cache;

    VehicleBatch(VehicleRepository vehicles, Outbox outbox, EntityCache cache) {
        this.vehicles = vehicles;
        this.outbox = outbox;
        this.cache = cache;
    }

    public List<Vehicle> byVinsOrRegistrations(Collection<String> vins, Collection<String> plates) {
        return vehicles.findByVinsOrRegistrations(TenantContext.organizationId(), vins, plates);
    }

    public Map<UUID, List<Vehicle>> ofCustomers(Collection<UUID> customerIds) {
        return vehicles.findByCustomers(TenantContext.organizationId(), customerIds);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void registerAll(List<NewVehicle> registered) {
        vehicles.insertAll(TenantContext.organizationId(), registered);
        outbox.appendAll(registered.stream().map(v -> VehicleEvents.registered(new Vehicle(v.id(), v.customerId(),
                v.details().vin(), v.details().registrationNumber(), v.details().make(), v.details().model(),
                v.details().variant(), v.details().year(), v.details().fuel(), null, v.odometerKm(), null, null, null,
                null, 0))).toList());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateAll(Map<UUID, VehicleDetails> updated) {
        UUID org = TenantContext.organizationId();
        vehicles.updateAllDetails(org, updated);
        updated.keySet().forEach(id -> cache.evict(VehicleService.CACHE, org, id));
    }

    public static VehicleDetails detailsOf(Vehicle v) {
        return new VehicleDetails(v.vin(), v.registrationNumber(), v.make(), v.model(), v.variant(), v.year(), v.fuel());
    }
}
