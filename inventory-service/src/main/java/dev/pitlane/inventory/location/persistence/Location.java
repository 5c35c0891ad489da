package dev.pitlane.inventory.location.persistence;

import dev.pitlane.inventory.location.application.LocationType;
import dev.pitlane.inventory.location.application.LocationView;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** A central warehouse or a service-center store. Its type and service center are fixed once created. */
@Entity
@Table(name = "locations")
public class Location extends TenantOwnedEntity {

    @Id
    private UUID id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private LocationType type;
    @Column(updatable = false)
    private UUID serviceCenterId;
    private String address;
    private boolean active;
    @Version
    private Long version;

    protected Location() {
    }

    public Location(UUID id, String code, String name, LocationType type, UUID serviceCenterId, String address,
                    boolean active) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.serviceCenterId = serviceCenterId;
        this.address = address;
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }

    public void change(String code, String name, String address, boolean active) {
        this.code = code;
        this.name = name;
        this.address = address;
        this.active = active;
    }

    public LocationView view() {
        return new LocationView(id, code, name, type, serviceCenterId, address, active, version);
    }
}
