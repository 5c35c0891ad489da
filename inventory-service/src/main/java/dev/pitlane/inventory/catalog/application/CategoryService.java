package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.persistence.Category;
import dev.pitlane.inventory.catalog.persistence.CategoryRepository;
import dev.pitlane.inventory.catalog.persistence.ItemRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
    private final ItemRepository items;

    public CategoryService(CategoryRepository categories, ItemRepository items) {
        this.categories = categories;
        this.items = items;
    }

    @Transactional
    public CategoryView create(UUID parentId, String name) {
        requireParent(parentId);
        // flushed at once: items written with SQL in the same transaction may refer to it
        return categories.saveAndFlush(new Category(UUID.randomUUID(), parentId, name)).view();
    }

    /** The category with this name under this parent, created if missing. */
    @Transactional
    public CategoryView findOrCreate(UUID parentId, String name) {
        return (parentId == null ? categories.findByParentIdIsNullAndName(name)
                : categories.findByParentIdAndName(parentId, name))
                .map(Category::view).orElseGet(() -> create(parentId, name));
    }

    /** @param version the version the caller read, or null to overwrite whatever is there */
    @Transactional
    public CategoryView update(UUID id, UUID parentId, String name, Long version) {
        Category category = require(id);
        if (version != null && !version.equals(category.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(Category.class, id);
        }
        requireParent(parentId);
        Map<UUID, UUID> parents = new HashMap<>();
        categories.findAll().forEach(c -> parents.put(c.getId(), c.getParentId()));
        Set<UUID> seen = new HashSet<>();
        for (UUID p = parentId; p != null && seen.add(p); p = parents.get(p)) {
            if (p.equals(id)) {
                throw DomainException.unprocessable("category-cycle", "A category cannot move under itself or its "
                        + "descendants");
            }
        }
        category.moveTo(parentId, name);
        return categories.saveAndFlush(category).view();
    }

    @Transactional
    public void delete(UUID id) {
        Category category = require(id);
        if (categories.existsByParentId(id) || items.anyInCategory(TenantContext.organizationId(), id)) {
            throw DomainException.conflict("category-in-use", "The category still has subcategories or items");
        }
        categories.delete(category);
    }

    public CategoryView get(UUID id) {
        return require(id).view();
    }

    /** Whether the category exists in the caller's organization. */
    public boolean exists(UUID id) {
        return categories.existsById(id);
    }

    public List<CategoryView> list() {
        return categories.findAllByOrderByName().stream().map(Category::view).toList();
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
                .map(c -> new CategoryView(c.id(), c.parentId(), c.name(), c.version(), nest(c.id(), byParent)))
                .toList();
    }

    private Category require(UUID id) {
        return categories.findById(id).orElseThrow(() -> DomainException.notFound("Category", id));
    }

    private void requireParent(UUID parentId) {
        if (parentId != null && !categories.existsById(parentId)) {
            throw DomainException.invalidField("parentId", "NotFound", "no such category");
        }
    }
}
