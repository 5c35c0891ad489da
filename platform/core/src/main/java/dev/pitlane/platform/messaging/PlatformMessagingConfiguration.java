package dev.pitlane.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outbox, relay, inbox and consumers for a service that declares its topics under {@code pitlane.messaging}.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "pitlane.messaging", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MessagingProperties.class)
public class PlatformMessagingConfiguration {

    public static final String DLT_SUFFIX = ".dlt";

    /** Events are read leniently: a newer producer may add fields this consumer does not know yet. */
    @Bean
    EventJsonMapper eventJsonMapper(JsonMapper mapper) {
        return new EventJsonMapper(mapper.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build());
    }

    @Bean(destroyMethod = "")
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager txManager, Environment env,
                            MessagingProperties properties, EventJsonMapper mapper) {
        Map<String, Object> config = clientProperties(env);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, appName(env) + "-outbox-relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer());
        return new OutboxRelay(jdbc, new TransactionTemplate(txManager), producer, mapper.mapper(),
                properties.getRelay().getBatchSize(), properties.getRelay().getPollInterval(),
                properties.getRelay().getSendTimeout(), properties.getRelay().getLinger());
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EventJsonMapper mapper, OutboxRelay relay, ObjectProvider<Tracer> tracer,
                  ObjectProvider<Propagator> propagator) {
        return new Outbox(jdbc, mapper.mapper(), relay, tracer.getIfAvailable(), propagator.getIfAvailable(),
                Clock.systemUTC());
    }

    @Bean
    Inbox inbox(JdbcClient jdbc) {
        return new Inbox(jdbc);
    }

    @Bean
    Gauge outboxPendingGauge(MeterRegistry registry, OutboxRelay relay) {
        return Gauge.builder("pitlane.outbox.pending", relay, r -> {
                    try {
                        return r.pending();
                    } catch (RuntimeException e) {
                        return Double.NaN;
                    }
                })
                .description("Events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
    }

    @Bean
    @ConditionalOnProperty(prefix = "pitlane.messaging", name = "create-topics", matchIfMissing = true)
    KafkaAdmin.NewTopics pitlaneTopics(MessagingProperties properties) {
        Set<String> names = new LinkedHashSet<>(properties.getPublishes());
        properties.getConsumes().forEach(topic -> {
            names.add(topic);
            names.add(topic + DLT_SUFFIX);
        });
        return new KafkaAdmin.NewTopics(names.stream()
                .map(name -> TopicBuilder.name(name).partitions(properties.getPartitions())
                        .replicas(properties.getReplicationFactor()).build())
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    EventDispatcher eventDispatcher(Environment env, MessagingProperties properties, List<EventHandlers> handlers,
                                    Inbox inbox, PlatformTransactionManager txManager, EventJsonMapper mapper) {
        EventDispatcher dispatcher = new EventDispatcher(appName(env), handlers, inbox,
                new TransactionTemplate(txManager), mapper.mapper());
        // a handler for a topic nobody subscribes to would wait for events forever, unnoticed
        Set<String> unread = new LinkedHashSet<>(dispatcher.topics());
        unread.removeAll(properties.getConsumes());
        if (!unread.isEmpty()) {
            throw new IllegalStateException("Event handlers are registered for " + unread
                    + ", which pitlane.messaging.consumes does not list");
        }
        return dispatcher;
    }

    @Bean
    @ConditionalOnProperty(prefix = "pitlane.messaging", name = "consumes[0]")
    ConcurrentMessageListenerContainer<String, byte[]> pitlaneEventListenerContainer(
            Environment env, MessagingProperties properties, EventDispatcher dispatcher) {
        Map<String, Object> consumer = clientProperties(env);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, appName(env));
        consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, appName(env) + "-events");
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        consumer.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        var factory = new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(),
                new ByteArrayDeserializer());

        ContainerProperties container = new ContainerProperties(properties.getConsumes().toArray(String[]::new));
        container.setMessageListener((MessageListener<String, byte[]>) dispatcher::dispatch);
        container.setObservationEnabled(true);
        // offsets are committed once a second, not after every poll: at a steady trickle of events each poll brings
        // one, and a commit per event was a broker write per event. The inbox makes the redelivery a crash can
        // cause (up to a second of events) harmless.
        container.setAckMode(ContainerProperties.AckMode.TIME);
        container.setAckTime(properties.getOffsetCommitInterval().toMillis());

        var listeners = new ConcurrentMessageListenerContainer<>(factory, container);
        listeners.setConcurrency(properties.getConsumerConcurrency());
        listeners.setCommonErrorHandler(errorHandler(env, properties));
        return listeners;
    }

    private static DefaultErrorHandler errorHandler(Environment env, MessagingProperties properties) {
        Map<String, Object> producer = clientProperties(env);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, appName(env) + "-dlt");
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<String, byte[]> dlt = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer,
                new StringSerializer(), new ByteArraySerializer()));
        // partition -1: let Kafka pick by key, so the DLT need not have as many partitions as its source
        var recoverer = new DeadLetterPublishingRecoverer(dlt,
                (record, e) -> new TopicPartition(record.topic() + DLT_SUFFIX, -1));
        MessagingProperties.Retry retry = properties.getRetry();
        var backOff = new ExponentialBackOffWithMaxRetries(Math.max(0, retry.getAttempts() - 1));
        backOff.setInitialInterval(retry.getInitialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(retry.getMaxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    @Bean
    MessagingHousekeeping messagingHousekeeping(Inbox inbox, MessagingProperties properties,
                                                ObjectProvider<dev.pitlane.platform.web.idempotency.IdempotencyStore> keys) {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> inbox.purgeOlderThan(properties.getInboxRetention()));
        keys.ifAvailable(store -> tasks.add(() -> store.purgeOlderThan(properties.getIdempotencyKeyRetention())));
        return new MessagingHousekeeping(tasks);
    }

    /**
     * The settings every client of this class starts from: the brokers, and spring.kafka.properties.* as Spring
     * Boot's own clients take them. That is how a deployment adds SASL and TLS (security.protocol,
     * sasl.mechanism, sasl.jaas.config, ssl.truststore.*; the Helm chart sets them) without code.
     */
    static Map<String, Object> clientProperties(Environment env) {
        Map<String, Object> config = new HashMap<>(Binder.get(env)
                .bind("spring.kafka.properties", Bindable.mapOf(String.class, String.class))
                .orElseGet(Map::of));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap(env));
        return config;
    }

    static String bootstrap(Environment env) {
        return env.getProperty("spring.kafka.bootstrap-servers", "localhost:9092");
    }

    static String appName(Environment env) {
        return env.getProperty("spring.application.name", "app");
    }
}
