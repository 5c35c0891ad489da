package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.GstRate;
import dev.pitlane.inventory.catalog.domain.Supersession;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.catalog.persistence.CategoryRepository;
import dev.pitlane.inventory.catalog.persistence.ItemRepository;
import dev.pitlane.inventory.catalog.persistence.Unit;
import dev.pitlane.inventory.catalog.persistence.UnitRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

@Service
public class ItemService {

    public static final Map<String, String> SORTS = Map.of("sku", "sku", "name", "name", "partNumber", "part_number",
            "brand", "brand", "createdAt", "created_at");

    private final ItemRepository items;
    private final UnitRepository units;
    private final CategoryRepository categories;

    public ItemService(ItemRepository items, UnitRepository units, CategoryRepository categories) {
        this.items = items;
        this.units = units;
        this.categories = categories;
    }

    @Transactional
    public ItemView create(ItemRequest request) {
        return create(UUID.randomUUID(), request);
    }

    /** With an id chosen by the caller: demo data that another service refers to by the same id. */
    @Transactional
    public ItemView create(UUID id, ItemRequest request) {
        UUID org = TenantContext.organizationId();
        validate(org, id, request);
        items.insert(org, id, request);
        return get(id);
    }

    @Transactional
    public ItemView update(UUID id, ItemRequest request) {
        UUID org = TenantContext.organizationId();
        ItemView current = get(id);
        if (current.deleted()) {
            throw DomainException.notFound("Item", id);
        }
        if (request.version() == null) {
            throw DomainException.invalidField("version", "NotNull", "send the version you read");
        }
        validate(org, id, request);
        if (request.trackingModeOrDefault() != current.trackingMode() && items.hasStockOrHistory(org, id)) {
            throw DomainException.conflict("tracking-mode-locked",
                    "The tracking mode cannot change once the item has stock movements");
        }
        if (!request.unitId().equals(current.unitId()) && items.hasStockOrHistory(org, id)) {
            throw DomainException.conflict("unit-locked", "The unit cannot change once the item has stock movements");
        }
        if (!items.update(org, id, request.version(), request)) {
            throw new OptimisticLockingFailureException("item " + id);
        }
        return get(id);
    }

    @Transactional
    public void delete(UUID id) {
        UUID org = TenantContext.organizationId();
        ItemView current = get(id);
        if (current.deleted()) {
            return;
        }
        if (items.holdsStock(org, id)) {
            throw DomainException.conflict("item-has-stock", "An item with stock on hand, reserved or in transit "
                    + "cannot be deleted");
        }
        items.softDelete(org, id);
    }

    public ItemView get(UUID id) {
        return items.find(TenantContext.organizationId(), id).orElseThrow(() -> DomainException.notFound("Item", id));
    }

    /** The item that replaces {@code id} today, following the supersession chain to its end. */
    public ItemView currentReplacement(UUID id) {
        UUID org = TenantContext.organizationId();
        get(id);
        return get(Supersession.current(id, i -> items.successorOf(org, i)));
    }

    public PageResponse<ItemView> search(ItemFilter filter, PageQuery page) {
        UUID org = TenantContext.organizationId();
        return PageResponse.of(items.search(org, filter, page.orderBy("id"), page.size(), page.offset()), page,
                items.count(org, filter));
    }

    private void validate(UUID org, UUID id, ItemRequest r) {
        if (!GstRate.isSlab(r.gstRate())) {
            throw DomainException.invalidField("gstRate", "Slab", "must be a GST slab: " + GstRate.SLABS);
        }
        if (!units.existsById(r.unitId())) {
            throw DomainException.invalidField("unitId", "NotFound", "no such unit");
        }
        if (r.categoryId() != null && !categories.existsById(r.categoryId())) {
            throw DomainException.invalidField("categoryId", "NotFound", "no such category");
        }
        if (r.trackingModeOrDefault() == TrackingMode.SERIAL
                && units.findById(r.unitId()).map(Unit::view).map(UnitView::fractional).orElse(false)) {
            throw DomainException.invalidField("trackingMode", "Invalid", "serial numbers need a counted unit");
        }
        if (r.supersededById() != null) {
            ItemView successor = items.find(org, r.supersededById())
                    .orElseThrow(() -> DomainException.invalidField("supersededById", "NotFound", "no such item"));
            if (successor.deleted()) {
                throw DomainException.invalidField("supersededById", "Deleted", "the replacement item is deleted");
            }
            if (Supersession.wouldLoop(id, r.supersededById(), i -> items.successorOf(org, i))) {
                throw DomainException.unprocessable("supersession-loop",
                        "The replacement chain would lead back to this item");
            }
        }
    }
}
