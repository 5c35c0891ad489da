package dev.pitlane.platform.sample;

import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Consumes its own events (as another service would), counting each effect. */
@Component
class WidgetEvents implements EventHandler<WidgetEvents.WidgetCreated> {

    record WidgetCreated(String widgetId, String name) {
    }

    private final JdbcClient jdbc;

    WidgetEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String eventType() {
        return "WidgetCreated";
    }

    @Override
    public Class<WidgetCreated> payloadType() {
        return WidgetCreated.class;
    }

    @Override
    public void handle(WidgetCreated payload, EventMetadata metadata) {
        if ("poison".equals(payload.name())) {
            throw new PoisonEventException("cannot ever handle " + payload.widgetId());
        }
        jdbc.sql("""
                        INSERT INTO widget_effects (organization_id, widget_id, effects) VALUES (:org, :id, 1)
                        ON CONFLICT (organization_id, widget_id) DO UPDATE SET effects = widget_effects.effects + 1""")
                .param("org", metadata.organizationId())
                .param("id", UUID.fromString(payload.widgetId()))
                .update();
    }
}
