package dev.pitlane.customer.customer.persistence;

import dev.pitlane.customer.customer.application.Customer;
import dev.pitlane.customer.customer.domain.Address;
import dev.pitlane.customer.customer.domain.CustomerDetails;
import dev.pitlane.customer.customer.domain.CustomerType;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code customers} table. Every statement filters by organization (row-level security stands behind it).
 * Lookups of many keys join {@code unnest(:keys)}: an index probe per key, where {@code = ANY(:keys)} can end up
 * comparing every row of the organization with every key.
 */
@Repository
public class CustomerRepository {

    static final String COLUMNS = "id, type, name, phone, alternate_phone, email, gstin, addresses, sms_consent, "
            + "email_consent, notes, created_at, updated_at, deleted_at, version";
    private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;
    private final RowMapper<Customer> mapper = this::map;

    CustomerRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = json;
    }

    public Customer insert(UUID org, UUID id, CustomerDetails d) {
        return jdbc.sql("INSERT INTO customers (id, organization_id, type, name, phone, alternate_phone, email, gstin, "
                        + "addresses, sms_consent, email_consent, notes) VALUES (:id, :org, :type, :name, :phone, "
                        + ":alternatePhone, :email, :gstin, CAST(:addresses AS jsonb), :sms, :emailConsent, :notes) "
                        + "RETURNING " + COLUMNS)
                .params(params(org, id, d)).query(mapper).single();
    }

    /** @return empty when the customer is missing, deleted, or not at {@code version} */
    public Optional<Customer> update(UUID org, UUID id, CustomerDetails d, long version) {
        Map<String, Object> p = params(org, id, d);
        p.put("version", version);
        return jdbc.sql("UPDATE customers SET type = :type, name = :name, phone = :phone, "
                        + "alternate_phone = :alternatePhone, email = :email, gstin = :gstin, "
                        + "addresses = CAST(:addresses AS jsonb), sms_consent = :sms, email_consent = :emailConsent, "
                        + "notes = :notes, updated_at = now(), version = version + 1 "
                        + "WHERE organization_id = :org AND id = :id AND deleted_at IS NULL AND version = :version "
                        + "RETURNING " + COLUMNS)
                .params(p).query(mapper).optional();
    }

    public Optional<Customer> markDeleted(UUID org, UUID id) {
        return jdbc.sql("UPDATE customers SET deleted_at = now(), updated_at = now(), version = version + 1 "
                        + "WHERE organization_id = :org AND id = :id AND deleted_at IS NULL RETURNING " + COLUMNS)
                .param("org", org).param("id", id).query(mapper).optional();
    }

    public Optional<Customer> restore(UUID org, UUID id) {
        return jdbc.sql("UPDATE customers SET deleted_at = NULL, updated_at = now(), version = version + 1 "
                        + "WHERE organization_id = :org AND id = :id AND deleted_at IS NOT NULL RETURNING " + COLUMNS)
                .param("org", org).param("id", id).query(mapper).optional();
    }

    public Optional<Customer> find(UUID org, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customers WHERE organization_id = :org AND id = :id")
                .param("org", org).param("id", id).query(mapper).optional();
    }

    public Map<UUID, Customer> findAll(UUID org, Collection<UUID> ids) {
        Map<UUID, Customer> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT " + prefixed() + " FROM unnest(CAST(:ids AS uuid[])) AS k(id) "
                        + "JOIN customers c ON c.organization_id = :org AND c.id = k.id")
                .param("org", org).param("ids", ids.toArray(UUID[]::new))
                .query(mapper).list().forEach(c -> result.put(c.id(), c));
        return result;
    }

    /** The customers in use whose phone is one of {@code phones}, by phone. */
    public Map<String, Customer> findActiveByPhones(UUID org, Collection<String> phones) {
        Map<String, Customer> result = new LinkedHashMap<>();
        if (!phones.isEmpty()) {
            jdbc.sql("SELECT " + prefixed() + " FROM unnest(CAST(:phones AS text[])) AS k(phone) JOIN customers c "
                            + "ON c.organization_id = :org AND c.deleted_at IS NULL AND c.phone = k.phone")
                    .param("org", org).param("phones", phones.toArray(String[]::new))
                    .query(mapper).list().forEach(c -> result.put(c.phone(), c));
        }
        return result;
    }

    /** Ids of the customers in use holding one of {@code values} in {@code column} (email or gstin). */
    public Map<String, UUID> findActiveIdsBy(UUID org, String column, Collection<String> values) {
        if (!column.equals("email") && !column.equals("gstin")) {
            throw new IllegalArgumentException(column);
        }
        Map<String, UUID> result = new LinkedHashMap<>();
        if (!values.isEmpty()) {
            jdbc.sql("SELECT c." + column + ", c.id FROM unnest(CAST(:values AS text[])) AS k(value) JOIN customers c "
                            + "ON c.organization_id = :org AND c.deleted_at IS NULL AND c." + column + " = k.value")
                    .param("org", org).param("values", values.toArray(String[]::new))
                    .query((rs, i) -> result.put(rs.getString(1), rs.getObject(2, UUID.class))).list();
        }
        return result;
    }

    /** Many new customers in one round trip per batch (the bulk import). */
    public void insertAll(UUID org, Map<UUID, CustomerDetails> customers) {
        List<Map<String, Object>> rows = new ArrayList<>();
        customers.forEach((id, d) -> rows.add(params(org, id, d)));
        batch("INSERT INTO customers (id, organization_id, type, name, phone, alternate_phone, email, gstin, addresses, "
                + "sms_consent, email_consent, notes) VALUES (:id, :org, :type, :name, :phone, :alternatePhone, :email, "
                + ":gstin, CAST(:addresses AS jsonb), :sms, :emailConsent, :notes)", rows);
    }

    /** Many updates in one round trip per batch; {@code versions} guards each against a concurrent change. */
    public int[] updateAll(UUID org, Map<UUID, CustomerDetails> customers, Map<UUID, Long> versions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        customers.forEach((id, d) -> {
            Map<String, Object> p = params(org, id, d);
            p.put("version", versions.get(id));
            rows.add(p);
        });
        return batch("UPDATE customers SET type = :type, name = :name, phone = :phone, "
                + "alternate_phone = :alternatePhone, email = :email, gstin = :gstin, "
                + "addresses = CAST(:addresses AS jsonb), sms_consent = :sms, email_consent = :emailConsent, "
                + "notes = :notes, updated_at = now(), version = version + 1 "
                + "WHERE organization_id = :org AND id = :id AND deleted_at IS NULL AND version = :version", rows);
    }

    private int[] batch(String sql, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return named.batchUpdate(sql, rows.stream().map(MapSqlParameterSource::new)
                .toArray(SqlParameterSource[]::new));
    }

    /** A page of customers and how many match, all counted (counted first: an empty result costs one query). */
    public PageResponse<Customer> search(UUID org, CustomerQuery q, PageQuery page) {
        return search(org, q, page, null);
    }

    /**
     * A page of customers and how many match, counted only up to {@code countLimit} past the page's start: counting
     * 25,000 customers whose name starts with "aa" took longer than finding the page.
     */
    public PageResponse<Customer> search(UUID org, CustomerQuery q, PageQuery page, int countLimit) {
        return search(org, q, page, page.offset() + (long) countLimit);
    }

    private PageResponse<Customer> search(UUID org, CustomerQuery q, PageQuery page, Long limit) {
        Map<String, Object> counting = q.params(org);
        counting.put("countLimit", limit);
        String matches = "SELECT 1 FROM customers c WHERE " + q.where() + (limit == null ? "" : " LIMIT :countLimit");
        long total = jdbc.sql("SELECT count(*) FROM (" + matches + ") matches").params(counting)
                .query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return page(List.of(), page, total, limit);
        }
        Map<String, Object> p = q.params(org);
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<Customer> items = jdbc.sql("SELECT " + prefixed() + " FROM customers c WHERE " + q.where()
                        + q.orderBy(page) + " LIMIT :limit OFFSET :offset")
                .params(p).query(mapper).list();
        return page(items, page, total, limit);
    }

    private static PageResponse<Customer> page(List<Customer> items, PageQuery page, long total, Long limit) {
        return limit == null ? PageResponse.of(items, page, total) : PageResponse.ofCounted(items, page, total, limit);
    }

    /** Every customer of the organization in id order, a chunk at a time (the export). */
    public List<Customer> chunkAfter(UUID org, UUID after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customers WHERE organization_id = :org AND deleted_at IS NULL "
                        + "AND id > :after ORDER BY id LIMIT :limit")
                .param("org", org).param("after", after).param("limit", limit).query(mapper).list();
    }

    private static String prefixed() {
        StringBuilder sb = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            sb.append(sb.isEmpty() ? "" : ", ").append("c.").append(column);
        }
        return sb.toString();
    }

    private Map<String, Object> params(UUID org, UUID id, CustomerDetails d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("org", org);
        p.put("type", d.type().name());
        p.put("name", d.name());
        p.put("phone", d.phone());
        p.put("alternatePhone", d.alternatePhone());
        p.put("email", d.email());
        p.put("gstin", d.gstin());
        p.put("addresses", json.writeValueAsString(d.addresses()));
        p.put("sms", d.smsConsent());
        p.put("emailConsent", d.emailConsent());
        p.put("notes", d.notes());
        return p;
    }

    private Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(rs.getObject("id", UUID.class), CustomerType.valueOf(rs.getString("type")),
                rs.getString("name"), rs.getString("phone"), rs.getString("alternate_phone"), rs.getString("email"),
                rs.getString("gstin"), json.readValue(rs.getString("addresses"), ADDRESSES),
                rs.getBoolean("sms_consent"), rs.getBoolean("email_consent"), rs.getString("notes"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("deleted_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
