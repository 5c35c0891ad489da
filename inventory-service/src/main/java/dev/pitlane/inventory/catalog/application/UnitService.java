package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.persistence.Unit;
import dev.pitlane.inventory.catalog.persistence.UnitRepository;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Service
public class UnitService {

    public record NewUnit(String code, String name, UUID baseUnitId, BigDecimal factor, boolean fractional) {
    }

    private final UnitRepository units;

    public UnitService(UnitRepository units) {
        this.units = units;
    }

    @Transactional
    public UnitView create(NewUnit request) {
        BigDecimal factor = request.factor() == null ? BigDecimal.ONE : request.factor();
        if (request.baseUnitId() == null && factor.compareTo(BigDecimal.ONE) != 0) {
            throw DomainException.invalidField("factor", "Invalid", "a unit without a base unit has factor 1");
        }
        if (request.baseUnitId() != null) {
            UnitView base = units.findById(request.baseUnitId()).map(Unit::view)
                    .orElseThrow(() -> DomainException.invalidField("baseUnitId", "NotFound", "no such unit"));
            if (base.baseUnitId() != null) {
                throw DomainException.invalidField("baseUnitId", "Invalid", "must itself be a base unit");
            }
        }
        // flushed at once: items written with SQL in the same transaction may refer to it
        return units.saveAndFlush(new Unit(UUID.randomUUID(), request.code(), request.name(), request.baseUnitId(),
                factor.stripTrailingZeros(), request.fractional())).view();
    }

    public UnitView get(UUID id) {
        return units.findById(id).map(Unit::view).orElseThrow(() -> DomainException.notFound("Unit", id));
    }

    public java.util.Optional<UnitView> findByCode(String code) {
        return units.findByCode(code).map(Unit::view);
    }

    public List<UnitView> list() {
        return units.findAllByOrderByCode().stream().map(Unit::view).toList();
    }
}
