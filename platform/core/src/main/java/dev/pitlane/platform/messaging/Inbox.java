package dev.pitlane.platform.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

/** The {@code inbox_events} table: which events each consumer has already handled. */
public class Inbox {

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event for {@code consumer} in the current transaction.
     *
     * @return true the first time; false for a redelivery (whose effect is already committed)
     */
    public boolean firstDelivery(String consumer, UUID eventId, String eventType) {
        return jdbc.sql("""
                        INSERT INTO inbox_events (consumer, event_id, event_type) VALUES (:c, :id, :type)
                        ON CONFLICT DO NOTHING""")
                .param("c", consumer).param("id", eventId).param("type", eventType)
                .update() == 1;
    }

    /** Redeliveries come within minutes or days; ids older than the retention are forgotten. */
    public int purgeOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM inbox_events WHERE handled_at < now() - make_interval(secs => :s)")
                .param("s", age.toSeconds()).update();
    }
}
