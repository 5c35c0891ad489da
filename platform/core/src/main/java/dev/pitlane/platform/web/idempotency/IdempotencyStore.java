package dev.pitlane.platform.web.idempotency;

import dev.pitlane.platform.persistence.OneRoundTrip;
import dev.pitlane.platform.persistence.PreCommitWrites;
import dev.pitlane.platform.web.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
        Lookup lookup = new Lookup(organizationId, key);
        lookup.trip.run(jdbcTemplate);
        return lookup.found.stream().findFirst();
    }

    /**
     * {@link #lockAndFind}, sent with the current transaction's first round trip, so it costs none of its own: the
     * key is locked before anything else the transaction does, and what is found is read once the caller needs it.
     */
    Lookup lockAndFindWithFirstRoundTrip(UUID organizationId, String key) {
        Lookup lookup = new Lookup(organizationId, key);
        lookup.deferred = lookup.trip.deferToNextRoundTrip();
        TransactionSynchronizationManager.registerSynchronization(lookup);
        return lookup;
    }

    /**
     * For a handler about to act outside the database (a webhook, a message to a person), which a rollback cannot
     * undo: makes sure first that its request's {@code Idempotency-Key} is locked and was not used before. A repeat
     * stops here with a 409, and the client gets the first attempt's response instead.
     */
    public void confirmFirstAttempt() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Lookup lookup && lookup.result().isPresent()) {
                throw ApiException.conflict("idempotent-repeat", "This request was made before with its "
                        + "Idempotency-Key");
            }
        }
    }

    /**
     * A key's lock and look-up, deferred to the transaction's first round trip; a synchronization only so that the
     * transaction it belongs to can find it (and a nested one cannot).
     */
    final class Lookup implements TransactionSynchronization {
        private final OneRoundTrip trip;
        private final List<StoredResponse> found = new ArrayList<>(1);
        private OneRoundTrip.Deferred deferred;

        private Lookup(UUID organizationId, String key) {
            trip = new OneRoundTrip()
                    .statement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                            List.of(organizationId + "/" + key))
                    .query(FIND, List.of(organizationId, key), rs -> found.add(new StoredResponse(rs.getString(1),
                            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5))));
        }

        /** Whether the lock is held and the look-up done (false also when the round trip it rode in failed). */
        boolean done() {
            return deferred.sent();
        }

        /** What an earlier request with the key stored; sends the look-up now if no round trip took it yet. */
        Optional<StoredResponse> result() {
            deferred.sendIfPending(jdbcTemplate);
            return found.stream().findFirst();
        }
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
