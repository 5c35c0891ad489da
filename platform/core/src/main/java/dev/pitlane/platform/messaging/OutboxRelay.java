package dev.pitlane.platform.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import dev.pitlane.platform.persistence.OneRoundTrip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the outbox to Kafka, oldest first, and deletes what Kafka acknowledged.
 *
 * <ul>
 *   <li>Latency: a commit that wrote events wakes the relay at once; polling is only the fallback for rows written
 *       by another replica or left by a failure. Under load (a batch took more than one event) it lingers a few
 *       milliseconds before the next batch, so that batches fill up.</li>
 *   <li>Order per aggregate across replicas: a batch is taken under a transaction-scoped advisory lock, so one
 *       replica publishes at a time, in id order, through an idempotent producer ({@code acks=all}); rows are
 *       locked with {@code FOR UPDATE SKIP LOCKED} as a second guard.</li>
 *   <li>Nothing lost: rows are deleted in the same transaction only after every send in the batch was
 *       acknowledged. If Kafka is away, the transaction rolls back and the batch is tried again with backoff;
 *       consumers drop the duplicates a partial batch may cause.</li>
 * </ul>
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Arbitrary constant shared by all replicas of a service (each service has its own database). */
    private static final long RELAY_LOCK = 0x5049544c414e45L;
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    /**
     * A queue's statistics are always wrong: vacuumed while drained it looks empty, then fills with dead rows until
     * the next vacuum. The sequential scans planned from such statistics stay cached in the relay's connection and
     * read the whole table for each batch and each delete (seen: 3.5 ms a batch); the relay's statements walk the
     * primary key. {@code OutboxRelayPlanTest} shows both plans.
     */
    static final String INDEX_ONLY = "SET LOCAL enable_seqscan = off";

    /** One text for every batch size, so one prepared statement and one cached plan. */
    static final String DELETE = "DELETE FROM outbox_events WHERE id = ANY(?)";

    static final String TAKE = """
            SELECT id, topic, message_key, payload::text, headers::text FROM outbox_events
            ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""";

    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final Producer<String, byte[]> producer;
    private final JsonMapper mapper;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    private final Duration linger;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcTemplate jdbcTemplate, TransactionTemplate transactions, Producer<String, byte[]> producer,
                       JsonMapper mapper, int batchSize, Duration pollInterval, Duration sendTimeout,
                       Duration linger) {
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.producer = producer;
        this.mapper = mapper;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
        this.linger = linger;
    }

    /** Called after a commit that wrote events. */
    public void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    public long publishedCount() {
        return published.get();
    }

    /** Batches published since start: with {@link #publishedCount()}, how full they are. */
    public long batchCount() {
        return batches.get();
    }

    /** Rows not yet published: the backlog the platform team watches. */
    public long pending() {
        return jdbcTemplate.queryForObject("SELECT count(*) FROM outbox_events", Long.class);
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        signal.release();
        if (worker != null) {
            try {
                worker.join(sendTimeout.toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops last-in-first-out) so that a request's events still go out. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

    private void run() {
        long backoffMillis = 0;
        while (running) {
            try {
                if (backoffMillis > 0) {
                    sleep(backoffMillis);
                } else {
                    signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
                int sent;
                do {
                    sent = publishBatch();
                } while (running && sent == batchSize);
                backoffMillis = 0;
                if (sent > 1) {
                    sleep(linger.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (LockBusy busy) {
                // another replica is publishing: look again soon rather than a whole poll interval later
                backoffMillis = 20;
            } catch (RuntimeException e) {
                backoffMillis = backoffMillis == 0 ? 200 : Math.min(backoffMillis * 2, 5_000);
                log.warn("Outbox relay could not publish, retrying in {} ms: {}", backoffMillis, e.toString());
            }
        }
    }

    /** Publishes one batch; returns how many events went out. Visible for tests. */
    int publishBatch() {
        Integer count = transactions.execute(status -> {
            List<Row> rows = lockAndTake();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                acks.add(producer.send(record(row)));
            }
            producer.flush();
            try {
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge the batch", e);
            }
            Object[] ids = rows.stream().map(Row::id).toArray();
            jdbcTemplate.update(DELETE, ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)));
            return rows.size();
        });
        int sent = count == null ? 0 : count;
        if (sent > 0) {
            batches.incrementAndGet();
        }
        published.addAndGet(sent);
        return sent;
    }

    /**
     * Takes the relay lock and the oldest rows in one round trip: the second statement takes its snapshot once the
     * first has run, so it sees every row committed before the lock was granted.
     *
     * @throws LockBusy when another replica holds the lock
     */
    private List<Row> lockAndTake() {
        AtomicBoolean locked = new AtomicBoolean();
        List<Row> rows = new ArrayList<>();
        new OneRoundTrip()
                .statement(INDEX_ONLY, List.of())
                .query("SELECT pg_try_advisory_xact_lock(?)", List.of(RELAY_LOCK), rs -> locked.set(rs.getBoolean(1)))
                .query(TAKE, List.of(batchSize), rs -> rows.add(new Row(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))))
                .run(jdbcTemplate);
        if (!locked.get()) {
            throw new LockBusy();
        }
        return rows;
    }

    private ProducerRecord<String, byte[]> record(Row row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = mapper.readValue(row.headers(), HEADERS);
        headers.forEach((k, v) -> record.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private static void sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    private record Row(long id, String topic, String key, String payload, String headers) {
    }

    private static final class LockBusy extends RuntimeException {
        LockBusy() {
            super(null, null, false, false);
        }
    }
}
