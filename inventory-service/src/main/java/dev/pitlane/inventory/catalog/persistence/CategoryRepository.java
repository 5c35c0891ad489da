package dev.pitlane.inventory.catalog.persistence;

import dev.pitlane.inventory.catalog.application.CategoryView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class CategoryRepository {

    private static final RowMapper<CategoryView> ROW = (rs, i) -> new CategoryView(rs.getObject("id", UUID.class),
            rs.getObject("parent_id", UUID.class), rs.getString("name"), null);

    private final JdbcClient jdbc;

    public CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID org, UUID id, UUID parentId, String name) {
        jdbc.sql("INSERT INTO categories (id, organization_id, parent_id, name) VALUES (:id, :org, :parent, :name)")
                .param("id", id).param("org", org).param("parent", parentId).param("name", name).update();
    }

    public void update(UUID org, UUID id, UUID parentId, String name) {
        jdbc.sql("UPDATE categories SET parent_id = :parent, name = :name WHERE organization_id = :org AND id = :id")
                .param("id", id).param("org", org).param("parent", parentId).param("name", name).update();
    }

    public Optional<CategoryView> find(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM categories WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query(ROW).optional();
    }

    public Optional<CategoryView> findByName(UUID org, UUID parentId, String name) {
        return jdbc.sql("""
                        SELECT * FROM categories WHERE organization_id = :org AND name = :name
                        AND parent_id IS NOT DISTINCT FROM :parent""")
                .param("org", org).param("parent", parentId).param("name", name).query(ROW).optional();
    }

    public List<CategoryView> list(UUID org) {
        return jdbc.sql("SELECT * FROM categories WHERE organization_id = :org ORDER BY name")
                .param("org", org).query(ROW).list();
    }

    public boolean inUse(UUID org, UUID id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM categories WHERE organization_id = :org AND parent_id = :id)
                            OR EXISTS (SELECT 1 FROM items WHERE organization_id = :org AND category_id = :id)""")
                .param("org", org).param("id", id).query(Boolean.class).single();
    }

    public void delete(UUID org, UUID id) {
        jdbc.sql("DELETE FROM categories WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).update();
    }
}
