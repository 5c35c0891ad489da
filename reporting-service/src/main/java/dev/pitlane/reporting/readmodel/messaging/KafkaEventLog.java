package dev.pitlane.reporting.readmodel.messaging;

import dev.pitlane.platform.messaging.EventEnvelope;
import dev.pitlane.platform.messaging.EventJsonMapper;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.reporting.readmodel.application.EventLog;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads topics again from their first offset with a consumer of its own, assigned every partition. */
@Component
class KafkaEventLog implements EventLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventLog.class);

    private final Environment env;
    private final EventJsonMapper mapper;

    KafkaEventLog(Environment env, EventJsonMapper mapper) {
        this.env = env;
        this.mapper = mapper;
    }

    @Override
    public long replay(String group, List<String> topics, Consumer<LoggedEvent> each) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                env.getProperty("spring.kafka.bootstrap-servers", "localhost:9092"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // the end as it is now: later events are the live consumer's, which runs all along
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> unread = new HashSet<>(partitions);
            unread.removeIf(p -> consumer.position(p) >= end.get(p));
            long read = 0;
            while (!unread.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition) && record.value() != null) {
                        parse(record, each);
                        read++;
                    }
                }
                unread.removeIf(p -> consumer.position(p) >= end.get(p));
            }
            return read;
        }
    }

    private void parse(ConsumerRecord<String, byte[]> record, Consumer<LoggedEvent> each) {
        EventEnvelope envelope;
        try {
            envelope = mapper.mapper().readValue(record.value(), EventEnvelope.class);
        } catch (JacksonException e) {
            // the live consumer sent it to the dead-letter topic; a replay passes it over the same way
            log.warn("Replay skips a record that is no event envelope at {}-{}@{}", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        if (envelope.eventId() == null || envelope.organizationId() == null) {
            return;
        }
        each.accept(new LoggedEvent(envelope, new EventMetadata(envelope.eventId(), envelope.eventType(),
                envelope.eventVersion(), envelope.occurredAt(), envelope.organizationId(), envelope.aggregateType(),
                envelope.aggregateId(), envelope.correlationId(), record.topic(), record.partition(),
                record.offset())));
    }
}
