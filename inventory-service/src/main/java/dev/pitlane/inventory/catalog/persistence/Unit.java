package dev.pitlane.inventory.catalog.persistence;

import dev.pitlane.inventory.catalog.application.UnitView;
import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.UUID;

/** A unit of measure; a derived unit is {@code factor} of its base unit (a box of 12 is 12 pcs). */
@Entity
@Table(name = "units")
public class Unit extends TenantOwnedEntity {

    @Id
    private UUID id;
    private String code;
    private String name;
    private UUID baseUnitId;
    private BigDecimal factor;
    private boolean fractional;
    @Version
    private Long version;

    protected Unit() {
    }

    public Unit(UUID id, String code, String name, UUID baseUnitId, BigDecimal factor, boolean fractional) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.baseUnitId = baseUnitId;
        this.factor = factor;
        this.fractional = fractional;
    }

    public UnitView view() {
        return new UnitView(id, code, name, baseUnitId, factor.stripTrailingZeros(), fractional);
    }
}
