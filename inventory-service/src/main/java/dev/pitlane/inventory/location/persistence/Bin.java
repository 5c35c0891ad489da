package dev.pitlane.inventory.location.persistence;

import dev.pitlane.inventory.location.application.BinView;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** A shelf or bin inside a location. */
@Entity
@Table(name = "bins")
public class Bin extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID locationId;
    private String code;
    @Version
    private Long version;

    protected Bin() {
    }

    public Bin(UUID id, UUID locationId, String code) {
        this.id = id;
        this.locationId = locationId;
        this.code = code;
    }

    public BinView view() {
        return new BinView(id, locationId, code);
    }
}
