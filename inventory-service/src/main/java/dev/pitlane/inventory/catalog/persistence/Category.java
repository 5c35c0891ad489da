package dev.pitlane.inventory.catalog.persistence;

import dev.pitlane.inventory.catalog.application.CategoryView;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** A node of the category tree: its parent by id (a root has none). */
@Entity
@Table(name = "categories")
public class Category extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID parentId;
    private String name;
    @Version
    private Long version;

    protected Category() {
    }

    public Category(UUID id, UUID parentId, String name) {
        this.id = id;
        this.parentId = parentId;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public UUID getParentId() {
        return parentId;
    }

    public Long getVersion() {
        return version;
    }

    public void moveTo(UUID parentId, String name) {
        this.parentId = parentId;
        this.name = name;
    }

    public CategoryView view() {
        return new CategoryView(id, parentId, name, version, null);
    }
}
