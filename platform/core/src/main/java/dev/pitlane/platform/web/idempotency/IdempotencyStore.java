package dev.pitlane.platform.web.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code idempotency_keys} table. Every statement is its own transaction (none is open around a request's
 * handler), so a claim is visible to a concurrent duplicate at once and the handler is free to call out.
 */
public class IdempotencyStore {

    /** This request's hold on a key: only the holder of {@code token} may complete or release it. */
    record Claim(UUID organizationId, String key, UUID token) {
    }

    /** What a key holds: the request it was claimed for, and its response once that request is done. */
    record Entry(String requestHash, StoredResponse response, Duration claimedFor) {

        boolean done() {
            return response != null;
        }
    }

    private final JdbcClient jdbc;

    public IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims an unused key for a request; empty when the key is taken (by this request's duplicate or another). */
    Optional<Claim> claim(UUID organizationId, String key, String method, String path, String requestHash) {
        UUID token = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_keys (organization_id, idempotency_key, method, path, request_hash, state,
                            claim, claimed_at)
                        VALUES (:org, :key, :method, :path, :hash, 'IN_PROGRESS', :claim, now())
                        ON CONFLICT (organization_id, idempotency_key) DO NOTHING""")
                .param("org", organizationId).param("key", key).param("method", method).param("path", path)
                .param("hash", requestHash).param("claim", token)
                .update();
        return inserted == 1 ? Optional.of(new Claim(organizationId, key, token)) : Optional.empty();
    }

    /** Takes over a claim for the same request whose holder has not finished within {@code abandonedAfter}. */
    Optional<Claim> takeOverAbandoned(UUID organizationId, String key, String requestHash, Duration abandonedAfter) {
        UUID token = UUID.randomUUID();
        int updated = jdbc.sql("""
                        UPDATE idempotency_keys SET claim = :claim, claimed_at = now()
                        WHERE organization_id = :org AND idempotency_key = :key AND request_hash = :hash
                          AND state = 'IN_PROGRESS' AND claimed_at < now() - make_interval(secs => :after)""")
                .param("claim", token).param("org", organizationId).param("key", key).param("hash", requestHash)
                .param("after", abandonedAfter.toMillis() / 1000.0)
                .update();
        return updated == 1 ? Optional.of(new Claim(organizationId, key, token)) : Optional.empty();
    }

    Optional<Entry> find(UUID organizationId, String key) {
        return jdbc.sql("""
                        SELECT request_hash, state, response_status, response_type, response_location, response_body,
                               extract(epoch FROM now() - claimed_at) AS claimed_for
                        FROM idempotency_keys WHERE organization_id = :org AND idempotency_key = :key""")
                .param("org", organizationId).param("key", key)
                .query((rs, i) -> {
                    String hash = rs.getString("request_hash");
                    StoredResponse response = "DONE".equals(rs.getString("state"))
                            ? new StoredResponse(hash, rs.getInt("response_status"), rs.getString("response_type"),
                                    rs.getString("response_location"), rs.getBytes("response_body"))
                            : null;
                    return new Entry(hash, response,
                            Duration.ofMillis(Math.round(rs.getDouble("claimed_for") * 1000)));
                })
                .optional();
    }

    /**
     * Stores the response of the request holding {@code claim}; false when the claim was taken over meanwhile (its
     * holder ran longer than the abandoned-after time), so the response of the one that took it over stands.
     */
    boolean complete(Claim claim, StoredResponse response) {
        return jdbc.sql("""
                        UPDATE idempotency_keys SET state = 'DONE', response_status = :status, response_type = :type,
                            response_location = :location, response_body = :body
                        WHERE organization_id = :org AND idempotency_key = :key AND claim = :claim""")
                .param("status", response.status()).param("type", response.contentType())
                .param("location", response.location()).param("body", response.body())
                .param("org", claim.organizationId()).param("key", claim.key()).param("claim", claim.token())
                .update() == 1;
    }

    /** Gives the key back: the request failed and changed nothing, so a retry may run it again. */
    void release(Claim claim) {
        jdbc.sql("""
                        DELETE FROM idempotency_keys
                        WHERE organization_id = :org AND idempotency_key = :key AND claim = :claim""")
                .param("org", claim.organizationId()).param("key", claim.key()).param("claim", claim.token())
                .update();
    }

    /** Keys are kept long enough for any sensible retry, then forgotten. */
    public int purgeOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => :s)")
                .param("s", age.toSeconds())
                .update();
    }
}
