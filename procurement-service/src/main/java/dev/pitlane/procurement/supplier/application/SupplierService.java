package dev.pitlane.procurement.supplier.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.outbound.OutboundUrlGuard;
import dev.pitlane.platform.outbound.RefusedTarget;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.shared.application.Actor;
import dev.pitlane.procurement.supplier.domain.Gstin;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import dev.pitlane.procurement.supplier.persistence.SupplierRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Service
public class SupplierService {

    private final SupplierRepository suppliers;
    private final Clock clock;
    private final OutboundUrlGuard urls;

    SupplierService(SupplierRepository suppliers, Clock clock, OutboundUrlGuard urls) {
        this.suppliers = suppliers;
        this.clock = clock;
        this.urls = urls;
    }

    @Transactional
    public SupplierView create(SupplierDetails details) {
        SupplierDetails clean = normalized(details, true);
        UUID id = UUID.randomUUID();
        suppliers.insert(id, clean, Actor.current(), clock.instant());
        return get(id);
    }

    @Transactional
    public SupplierView update(UUID id, SupplierDetails details, long version) {
        SupplierView current = get(id);
        if (current.deleted()) {
            throw DomainException.conflict("supplier-deleted", "Supplier " + id + " is deleted and cannot be changed");
        }
        SupplierDetails clean = normalized(details, !current.webhookSecretSet());
        if (!suppliers.update(id, clean, version, clock.instant())) {
            throw new OptimisticLockingFailureException("supplier " + id);
        }
        return get(id);
    }

    /** Soft delete: purchase orders keep pointing at it, but it can no longer be ordered from or preferred. */
    @Transactional
    public void delete(UUID id) {
        get(id);
        suppliers.softDelete(id, clock.instant());
    }

    @Transactional(readOnly = true)
    public SupplierView get(UUID id) {
        return suppliers.find(id).orElseThrow(() -> DomainException.notFound("Supplier", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<SupplierView> list(String search, UUID itemId, boolean includeDeleted, PageQuery page) {
        return suppliers.list(search, itemId, includeDeleted, page);
    }

    @Transactional
    public SupplierPartView putPart(UUID supplierId, UUID itemId, SupplierPartDetails part) {
        SupplierView supplier = get(supplierId);
        if (supplier.deleted()) {
            throw DomainException.conflict("supplier-deleted", "Supplier " + supplierId + " is deleted");
        }
        if (part.preferred()) {
            // the new preferred supplier takes over from the previous one
            suppliers.clearPreferred(itemId, supplierId);
        }
        suppliers.upsertPart(supplierId, itemId, part, clock.instant());
        return suppliers.part(supplierId, itemId).orElseThrow();
    }

    @Transactional
    public void deletePart(UUID supplierId, UUID itemId) {
        get(supplierId);
        if (!suppliers.deletePart(supplierId, itemId)) {
            throw DomainException.notFound("Part of supplier " + supplierId + " for item", itemId);
        }
    }

    @Transactional(readOnly = true)
    public List<SupplierPartView> parts(UUID supplierId) {
        get(supplierId);
        return suppliers.parts(supplierId);
    }

    /** Every active supplier of an item, the preferred one first. */
    @Transactional(readOnly = true)
    public List<SupplierPartView> suppliersOf(UUID itemId) {
        return suppliers.partsOfItem(itemId);
    }

    private SupplierDetails normalized(SupplierDetails d, boolean secretRequired) {
        String gstin = null;
        if (d.gstin() != null && !d.gstin().isBlank()) {
            try {
                gstin = Gstin.parse(d.gstin()).value();
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidField("gstin", "Gstin", e.getMessage());
            }
        }
        NotificationChannel channel = d.notificationChannel() == null ? NotificationChannel.LOG
                : d.notificationChannel();
        String url = blankToNull(d.webhookUrl());
        String secret = blankToNull(d.webhookSecret());
        if (channel == NotificationChannel.WEBHOOK) {
            if (url == null) {
                throw DomainException.invalidField("webhookUrl", "NotBlank", "is required for WEBHOOK notifications");
            }
            if (secret == null && secretRequired) {
                throw DomainException.invalidField("webhookSecret", "NotBlank",
                        "is required for WEBHOOK notifications");
            }
        }
        if (url != null) {
            checkUrl(url);
        }
        return new SupplierDetails(d.name().trim(), blankToNull(d.contactName()), blankToNull(d.email()),
                blankToNull(d.phone()), d.address(), gstin, d.paymentTermsDays(), d.leadTimeDays(), channel, url,
                secret);
    }

    /** A webhook URL may point only where the platform lets user-given URLs point (no internal addresses). */
    private void checkUrl(String url) {
        try {
            urls.check(url);
        } catch (RefusedTarget e) {
            throw DomainException.invalidField("webhookUrl", "OutboundUrl", e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
