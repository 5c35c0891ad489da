package dev.pitlane.procurement.supplier.application;

import dev.pitlane.procurement.supplier.persistence.SupplierRepository;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/** Read-only supplier facts for purchase orders and reorder suggestions. */
@Service
public class SupplierDirectory {

    private final SupplierRepository suppliers;

    SupplierDirectory(SupplierRepository suppliers) {
        this.suppliers = suppliers;
    }

    /** The supplier, active or soft-deleted; empty when it does not exist in this organization. */
    public Optional<SupplierSnapshot> supplier(UUID id) {
        return suppliers.snapshot(id);
    }

    public Optional<PreferredPart> preferredPart(UUID itemId) {
        return suppliers.preferredPart(itemId);
    }
}
