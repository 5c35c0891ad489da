package dev.pitlane.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * The test run's real broker from a test's side: publishes as another service's outbox would, and reads topics from
 * their first offset in the background, so a test waits for what the service published (or checks it did not)
 * without a consumer group of its own for every wait. One tap per set of topics for the whole JVM; each test picks
 * its own events out by organization or key.
 */
public final class KafkaTap {

    private static final Map<List<String>, KafkaTap> TAPS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, KafkaProducer<String, String>> PRODUCERS = new ConcurrentHashMap<>();

    private final List<String> topics;
    private final List<Event> seen = new CopyOnWriteArrayList<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

    /** One record off the wire: its topic and key, and its value, an event envelope as every Pitlane outbox writes. */
    public record Event(String topic, String key, String value, JsonNode envelope) {

        public String type() {
            return envelope.path("eventType").asString();
        }

        public String organizationId() {
            return envelope.path("organizationId").asString();
        }

        public String aggregateId() {
            return envelope.path("aggregateId").asString();
        }

        public JsonNode data() {
            return envelope.path("data");
        }

        public boolean isOf(UUID organization, String eventType) {
            return organizationId().equals(organization.toString()) && type().equals(eventType);
        }
    }

    private KafkaTap(List<String> topics) {
        this.topics = topics;
        Thread reader = new Thread(this::read, "kafka-tap-" + String.join(",", topics));
        reader.setDaemon(true);
        reader.start();
    }

    /** The tap on these topics, started on first use: it sees everything on them since they were created. */
    public static KafkaTap on(String... topics) {
        return TAPS.computeIfAbsent(List.of(topics).stream().sorted().toList(), KafkaTap::new);
    }

    /** Sends a record as a producer of another service would, and waits until the broker has it. */
    public static void publish(String topic, String key, String value) {
        publishTo(TestInfrastructure.kafkaBootstrapServers(), topic, key, value);
    }

    /** The same, to another broker than the test run's (a suite started by devstack, as the e2e tests do). */
    public static void publishTo(String bootstrapServers, String topic, String key, String value) {
        try {
            PRODUCERS.computeIfAbsent(bootstrapServers, KafkaTap::producer)
                    .send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e.getCause());
        }
    }

    /** Everything read so far, in the order of each partition. */
    public List<Event> events() {
        return List.copyOf(seen);
    }

    /** The events of one organization read so far. */
    public List<Event> events(UUID organization) {
        return seen.stream().filter(e -> e.organizationId().equals(organization.toString())).toList();
    }

    /** The events of one organization and type read so far. */
    public List<Event> events(UUID organization, String eventType) {
        return seen.stream().filter(e -> e.isOf(organization, eventType)).toList();
    }

    /** Waits until {@code count} events match, and returns every one that does by then. */
    public List<Event> await(String what, Predicate<Event> matching, int count) {
        return Await.until(count + " × " + what + " on " + topics,
                () -> seen.stream().filter(matching).toList(), found -> found.size() >= count);
    }

    /** Waits until {@code count} events of the organization and type arrived. */
    public List<Event> await(UUID organization, String eventType, int count) {
        return await(eventType + " of " + organization, e -> e.isOf(organization, eventType), count);
    }

    /** Waits for the first event of the organization and type whose {@code data} matches. */
    public Event await(UUID organization, String eventType, Predicate<JsonNode> data) {
        return await(eventType + " of " + organization + " with matching data",
                e -> e.isOf(organization, eventType) && data.test(e.data()), 1).get(0);
    }

    /** Waits until {@code count} events with this key arrived: one aggregate's events, in the order published. */
    public List<Event> awaitKey(String key, int count) {
        return await("events keyed " + key, e -> key.equals(e.key()), count);
    }

    /**
     * Waits until the tap has read everything that was on its topics when called, so that an event missing from
     * {@link #events()} then was really not published before (with a marker event published after it, never).
     */
    public KafkaTap caughtUp() {
        Map<TopicPartition, Long> ends;
        try (var probe = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            ends = probe.endOffsets(topics.stream().flatMap(topic -> probe.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList());
        }
        Await.until("the tap on " + topics + " to read up to " + ends, () -> ends.entrySet().stream()
                .allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue()), caught -> caught);
        return this;
    }

    private void read() {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // a topic the service creates after the tap started is found within a second
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics);
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(200)).forEach(r ->
                        seen.add(new Event(r.topic(), r.key(), r.value(), parse(r.value()))));
                consumer.assignment().forEach(p -> positions.put(p, consumer.position(p)));
            }
        }
    }

    private static JsonNode parse(String value) {
        try {
            return value == null ? MissingNode.getInstance() : JSON.readTree(value);
        } catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }
}
