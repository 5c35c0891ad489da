package dev.pitlane.inventory.catalog.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The category tree as paths ("Brakes > Brake pads") for an import: a path resolves to its last category, and the
 * categories it lacks are planned with new ids, parents first. A planned category is dropped again when every row
 * that needed it was rejected, so a rejected row creates nothing.
 */
public final class CategoryPaths {

    /** A category to create; {@code lines} are the rows that need it. */
    public record Missing(UUID id, UUID parentId, String name, Set<Integer> lines) {
    }

    private final Map<String, UUID> known = new HashMap<>();

    public CategoryPaths(List<CategoryView> all) {
        reload(all);
    }

    public void reload(List<CategoryView> all) {
        known.clear();
        all.forEach(c -> known.put(key(c.parentId(), c.name()), c.id()));
    }

    /** The names from the root down to this category (for the export). */
    public static Map<UUID, String> pathsOf(List<CategoryView> all, String separator) {
        Map<UUID, CategoryView> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Map<UUID, String> paths = new HashMap<>();
        for (CategoryView c : all) {
            List<String> names = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (CategoryView at = c; at != null && seen.add(at.id()); at = byId.get(at.parentId())) {
                names.add(0, at.name());
            }
            paths.put(c.id(), String.join(separator, names));
        }
        return paths;
    }

    Pending pending() {
        return new Pending();
    }

    void accept(Pending pending) {
        pending.missing.forEach(m -> known.put(key(m.parentId(), m.name()), m.id()));
    }

    private static String key(UUID parentId, String name) {
        return parentId + "/" + name;
    }

    /** One chunk's new categories. */
    final class Pending {
        private final List<Missing> missing = new ArrayList<>();
        private final Map<String, Missing> planned = new HashMap<>();

        UUID resolve(List<String> path, int line) {
            UUID parent = null;
            for (String name : path) {
                String key = key(parent, name);
                UUID id = known.get(key);
                if (id == null) {
                    Missing m = planned.get(key);
                    if (m == null) {
                        m = new Missing(UUID.randomUUID(), parent, name, new HashSet<>());
                        planned.put(key, m);
                        missing.add(m);
                    }
                    m.lines().add(line);
                    id = m.id();
                }
                parent = id;
            }
            return parent;
        }

        void forget(int line) {
            missing.removeIf(m -> {
                m.lines().remove(line);
                if (m.lines().isEmpty()) {
                    planned.remove(key(m.parentId(), m.name()));
                    return true;
                }
                return false;
            });
        }

        List<Missing> missing() {
            return missing;
        }
    }
}
