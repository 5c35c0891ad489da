package dev.pitlane.reporting.readmodel.application;

import dev.pitlane.platform.messaging.EventEnvelope;
import dev.pitlane.platform.messaging.EventMetadata;

import java.util.List;
import java.util.function.Consumer;

/** The topics as a log that can be read again from its start. */
public interface EventLog {

    /** An event read back, with where it was. */
    record LoggedEvent(EventEnvelope envelope, EventMetadata metadata) {
    }

    /**
     * Reads {@code topics} from their first offset up to their end as it is when the call starts (what is published
     * later is the live consumer's), in order within each partition, under a consumer group of its own named
     * {@code group} that never commits: the live consumer's offsets are not touched.
     *
     * @return how many events were read
     */
    long replay(String group, List<String> topics, Consumer<LoggedEvent> each);
}
