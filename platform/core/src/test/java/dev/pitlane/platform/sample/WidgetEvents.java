package dev.pitlane.platform.sample;

import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/** Consumes its own events (as another service would), counting each effect. */
@Configuration(proxyBeanMethods = false)
class WidgetEvents {

    record WidgetCreated(String widgetId, String name) {
    }

    private final JdbcClient jdbc;

    WidgetEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    EventHandlers widgetHandlers() {
        return EventHandlers.forTopic(WidgetController.TOPIC)
                .on("WidgetCreated", WidgetCreated.class, this::created)
                .build();
    }

    private void created(WidgetCreated payload, EventMetadata metadata) {
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
