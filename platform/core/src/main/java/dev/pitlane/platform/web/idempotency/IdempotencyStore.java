package dev.pitlane.platform.web.idempotency;

import dev.pitlane.platform.persistence.OneRoundTrip;
import dev.pitlane.platform.persistence.PreCommitWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code idempotency_keys} table. */
public class IdempotencyStore {

    /**
     * Sent after the key's advisory lock in the same round trip: this statement takes its snapshot only once the lock
     * is held, so it sees the row a concurrent request with the same key committed while this one waited.
     */
    private static final String FIND = """
            SELECT request_hash, response_status, response_type, response_location, response_body
            FROM idempotency_keys WHERE organization_id = ? AND idempotency_key = ?""";

    private static final String SAVE = """
            INSERT INTO idempotency_keys (organization_id, idempotency_key, method, path, request_hash,
                response_status, response_type, response_location, response_body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final PreCommitWrites preCommitWrites;

    public IdempotencyStore(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.preCommitWrites = new PreCommitWrites(jdbcTemplate);
    }

    /**
     * Serializes requests with the same key until the current transaction ends, then reads what an earlier
     * request with it stored.
     */
    Optional<StoredResponse> lockAndFind(UUID organizationId, String key) {
        List<StoredResponse> found = new ArrayList<>(1);
        new OneRoundTrip()
                .statement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", List.of(organizationId + "/" + key))
                .query(FIND, List.of(organizationId, key), rs -> found.add(new StoredResponse(rs.getString(1),
                        rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5))))
                .run(jdbcTemplate);
        return found.stream().findFirst();
    }

    /** Stores the response when the current transaction commits, together with its other pre-commit writes. */
    void save(UUID organizationId, String key, String method, String path, String hash, StoredResponse response) {
        preCommitWrites.add(SAVE, organizationId, key, method, path, hash, response.status(), response.contentType(),
                response.location(), response.body());
    }

    /** Keys are kept long enough for any sensible retry, then forgotten. */
    public int purgeOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => :s)")
                .param("s", age.toSeconds())
                .update();
    }
}
