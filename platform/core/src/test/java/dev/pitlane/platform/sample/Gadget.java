package dev.pitlane.platform.sample;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** The sample's JPA aggregate, as a new service writes one. */
@Entity
@Table(name = "gadgets")
class Gadget extends TenantOwnedEntity {

    @Id
    private UUID id;

    private String name;

    @Version
    private Long version;

    protected Gadget() {
    }

    Gadget(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    Long getVersion() {
        return version;
    }
}
