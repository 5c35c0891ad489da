package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.persistence.CategoryRepository;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The category tree. A category may move under another, never under itself or its own descendants. */
@Service
public class CategoryService {

    private final CategoryRepository categories;

    public CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Transactional
    public CategoryView create(UUID parentId, String name) {
        UUID org = TenantContext.organizationId();
        requireParent(org, parentId);
        UUID id = UUID.randomUUID();
        categories.insert(org, id, parentId, name);
        return new CategoryView(id, parentId, name, null);
    }

    /** The category with this name under this parent, created if missing. */
    @Transactional
    public CategoryView findOrCreate(UUID parentId, String name) {
        UUID org = TenantContext.organizationId();
        return categories.findByName(org, parentId, name).orElseGet(() -> create(parentId, name));
    }

    @Transactional
    public CategoryView update(UUID id, UUID parentId, String name) {
        UUID org = TenantContext.organizationId();
        get(id);
        requireParent(org, parentId);
        Map<UUID, UUID> parents = new HashMap<>();
        categories.list(org).forEach(c -> parents.put(c.id(), c.parentId()));
        Set<UUID> seen = new HashSet<>();
        for (UUID p = parentId; p != null && seen.add(p); p = parents.get(p)) {
            if (p.equals(id)) {
                throw ApiException.unprocessable("category-cycle", "A category cannot move under itself or its "
                        + "descendants");
            }
        }
        categories.update(org, id, parentId, name);
        return new CategoryView(id, parentId, name, null);
    }

    @Transactional
    public void delete(UUID id) {
        UUID org = TenantContext.organizationId();
        get(id);
        if (categories.inUse(org, id)) {
            throw ApiException.conflict("category-in-use", "The category still has subcategories or items");
        }
        categories.delete(org, id);
    }

    public CategoryView get(UUID id) {
        return categories.find(TenantContext.organizationId(), id)
                .orElseThrow(() -> ApiException.notFound("Category", id));
    }

    public List<CategoryView> list() {
        return categories.list(TenantContext.organizationId());
    }

    /** The whole tree, roots first, children nested. */
    public List<CategoryView> tree() {
        List<CategoryView> all = list();
        Map<UUID, List<CategoryView>> byParent = new HashMap<>();
        all.forEach(c -> byParent.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
        return nest(null, byParent);
    }

    private static List<CategoryView> nest(UUID parent, Map<UUID, List<CategoryView>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(c -> new CategoryView(c.id(), c.parentId(), c.name(), nest(c.id(), byParent)))
                .toList();
    }

    private void requireParent(UUID org, UUID parentId) {
        if (parentId != null && categories.find(org, parentId).isEmpty()) {
            throw ApiException.badField("parentId", "NotFound", "no such category");
        }
    }
}
