package dev.pitlane.platform.web.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** The {@code idempotency_keys} table. */
public class IdempotencyStore {

    private final JdbcClient jdbc;

    public IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes requests with the same key until the current transaction ends. */
    void lock(UUID organizationId, String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))")
                .param("k", organizationId + "/" + key)
                .query((rs, i) -> 1).list();
    }

    Optional<StoredResponse> find(UUID organizationId, String key) {
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_type, response_location, response_body
                        FROM idempotency_keys WHERE organization_id = :org AND idempotency_key = :key""")
                .param("org", organizationId).param("key", key)
                .query((rs, i) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    void save(UUID organizationId, String key, String method, String path, String hash, StoredResponse response) {
        jdbc.sql("""
                        INSERT INTO idempotency_keys (organization_id, idempotency_key, method, path, request_hash,
                            response_status, response_type, response_location, response_body)
                        VALUES (:org, :key, :method, :path, :hash, :status, :type, :location, :body)""")
                .param("org", organizationId).param("key", key).param("method", method).param("path", path)
                .param("hash", hash).param("status", response.status()).param("type", response.contentType())
                .param("location", response.location()).param("body", response.body())
                .update();
    }

    /** Keys are kept long enough for any sensible retry, then forgotten. */
    public int purgeOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => :s)")
                .param("s", age.toSeconds())
                .update();
    }
}
