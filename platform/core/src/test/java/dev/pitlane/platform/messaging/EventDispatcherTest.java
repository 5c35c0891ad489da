package dev.pitlane.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the dispatcher decides before any transaction: the database parts are covered by MessagingTest. */
class EventDispatcherTest {

    private record Payload(String id) {
    }

    private final EventHandlers handlers = EventHandlers.forTopic("widgets.v1")
            .on("WidgetShipped", Payload.class, (Payload payload) -> {
                throw new AssertionError("not reached in these tests");
            })
            .build();

    // no inbox and no transactions: a record that reached them would fail the test with an NPE
    private final EventDispatcher dispatcher = new EventDispatcher("sample", List.of(handlers), null, null,
            JsonMapper.builder().build());

    @Test
    void aTypeNamedInTheHeaderThatNobodyHandlesIsPassedOverUnparsed() {
        assertThatCode(() -> dispatcher.dispatch(record("StockChanged", "not even JSON"))).doesNotThrowAnyException();
    }

    @Test
    void aHandledTypeIsParsedAndABrokenOneIsPoison() {
        assertThatThrownBy(() -> dispatcher.dispatch(record("WidgetShipped", "not even JSON")))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    void withoutTheHeaderTheEnvelopeDecides() {
        assertThatThrownBy(() -> dispatcher.dispatch(record(null, "not even JSON")))
                .isInstanceOf(PoisonEventException.class);
        assertThatCode(() -> dispatcher.dispatch(record(null, """
                {"eventId":"0b6f1b4e-8c1e-4d0e-9a57-3c1f0e3e9a11","eventType":"StockChanged","eventVersion":1,"data":{}}""")))
                .doesNotThrowAnyException();
    }

    @Test
    void twoHandlersForOneTypeAreRefused() {
        EventHandlers again = EventHandlers.forTopic("gadgets.v1").on("WidgetShipped", Payload.class,
                (Payload payload) -> { }).build();
        assertThatThrownBy(() -> new EventDispatcher("sample", List.of(handlers, again), null, null,
                JsonMapper.builder().build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WidgetShipped");
    }

    private static ConsumerRecord<String, byte[]> record(String type, String value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("widgets.v1", 0, 7L, "key",
                value.getBytes(StandardCharsets.UTF_8));
        if (type != null) {
            record.headers().add(new RecordHeader(Outbox.EVENT_TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }
}
