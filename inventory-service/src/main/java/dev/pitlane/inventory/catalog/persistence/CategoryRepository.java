package dev.pitlane.inventory.catalog.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The caller's organization's categories (see {@link dev.pitlane.platform.persistence.TenantOwnedEntity}). */
public interface CategoryRepository extends JpaRepository<Category, UUID> {

    Optional<Category> findByParentIdAndName(UUID parentId, String name);

    Optional<Category> findByParentIdIsNullAndName(String name);

    List<Category> findAllByOrderByName();

    boolean existsByParentId(UUID parentId);
}
