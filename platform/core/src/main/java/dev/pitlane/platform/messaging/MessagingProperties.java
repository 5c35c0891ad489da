package dev.pitlane.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's topics and the knobs of its outbox relay and consumers. Declaring the topics here is what creates
 * them (with their dead-letter topics), and what the deployment checks compare with the chart's KafkaTopics.
 */
@ConfigurationProperties("pitlane.messaging")
public class MessagingProperties {

    /** Off for tools that only migrate the schema. */
    private boolean enabled = true;
    /** Topics this service writes to. */
    private List<String> publishes = new ArrayList<>();
    /** Topics this service reads; each gets a {@code <topic>.dlt}. */
    private List<String> consumes = new ArrayList<>();
    /**
     * Create the declared topics at startup. Off where topics are managed outside the service (Strimzi
     * KafkaTopic resources, a cluster that denies topic creation to applications).
     */
    private boolean createTopics = true;
    private int partitions = 3;
    private short replicationFactor = 1;
    private int consumerConcurrency = 1;
    /** How often a consumer commits its offsets: what a restart may deliver again (the inbox drops it). */
    private Duration offsetCommitInterval = Duration.ofSeconds(1);
    private final Relay relay = new Relay();
    private final Retry retry = new Retry();
    /** How long an inbox row is kept: longer than any redelivery can take. */
    private Duration inboxRetention = Duration.ofDays(14);
    private Duration idempotencyKeyRetention = Duration.ofHours(48);

    public static class Relay {
        private int batchSize = 500;
        /** Fallback poll; commits on this replica wake the relay at once. */
        private Duration pollInterval = Duration.ofMillis(500);
        private Duration sendTimeout = Duration.ofSeconds(20);
        /**
         * Under load (the last batch took more than one event), how long the relay lets events gather before the
         * next batch: fewer, fuller batches cost the service, the database and the broker less per event. A lone
         * event never waits.
         */
        private Duration linger = Duration.ofMillis(5);

        public Duration getLinger() {
            return linger;
        }

        public void setLinger(Duration linger) {
            this.linger = linger;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }
    }

    public static class Retry {
        private int attempts = 5;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(5);

        public int getAttempts() {
            return attempts;
        }

        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getPublishes() {
        return publishes;
    }

    public void setPublishes(List<String> publishes) {
        this.publishes = publishes;
    }

    public List<String> getConsumes() {
        return consumes;
    }

    public void setConsumes(List<String> consumes) {
        this.consumes = consumes;
    }

    public boolean isCreateTopics() {
        return createTopics;
    }

    public void setCreateTopics(boolean createTopics) {
        this.createTopics = createTopics;
    }

    public int getPartitions() {
        return partitions;
    }

    public void setPartitions(int partitions) {
        this.partitions = partitions;
    }

    public short getReplicationFactor() {
        return replicationFactor;
    }

    public void setReplicationFactor(short replicationFactor) {
        this.replicationFactor = replicationFactor;
    }

    public int getConsumerConcurrency() {
        return consumerConcurrency;
    }

    public void setConsumerConcurrency(int consumerConcurrency) {
        this.consumerConcurrency = consumerConcurrency;
    }

    public Relay getRelay() {
        return relay;
    }

    public Retry getRetry() {
        return retry;
    }

    public Duration getOffsetCommitInterval() {
        return offsetCommitInterval;
    }

    public void setOffsetCommitInterval(Duration offsetCommitInterval) {
        this.offsetCommitInterval = offsetCommitInterval;
    }

    public Duration getInboxRetention() {
        return inboxRetention;
    }

    public void setInboxRetention(Duration inboxRetention) {
        this.inboxRetention = inboxRetention;
    }

    public Duration getIdempotencyKeyRetention() {
        return idempotencyKeyRetention;
    }

    public void setIdempotencyKeyRetention(Duration idempotencyKeyRetention) {
        this.idempotencyKeyRetention = idempotencyKeyRetention;
    }
}
