package dev.pitlane.platform.sample;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/widgets")
class WidgetController {

    static final String TOPIC = "sample.widget.v1";

    private final JdbcClient jdbc;
    private final Outbox outbox;

    WidgetController(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    record CreateWidget(@NotBlank @Size(max = 50) String name, @Min(0) @Max(1000) int quantity) {
    }

    record UpdateWidget(@NotBlank String name, long version) {
    }

    @PostMapping
    @Transactional
    @PreAuthorize("hasAuthority('widget:write')")
    @IdempotencyRequired
    ResponseEntity<Widget> create(@Valid @RequestBody CreateWidget body) {
        UUID id = UUID.randomUUID();
        UUID org = TenantContext.organizationId();
        jdbc.sql("INSERT INTO widgets (id, organization_id, name, quantity) VALUES (:id, :org, :name, :q)")
                .param("id", id).param("org", org).param("name", body.name()).param("q", body.quantity())
                .update();
        outbox.append(OutgoingEvent.v1(TOPIC, "Widget", id, "WidgetCreated",
                Map.of("widgetId", id.toString(), "name", body.name())));
        if (body.name().equals("explode-after-write")) {
            throw new IllegalStateException("boom");
        }
        return ResponseEntity.created(URI.create("/api/v1/widgets/" + id)).body(new Widget(id, body.name(),
                body.quantity(), 0));
    }

    /** Many widgets, their events appended in one batch; a name "explode-after-write" rolls it all back. */
    @PostMapping("/batch")
    @Transactional
    @PreAuthorize("hasAuthority('widget:write')")
    List<UUID> createAll(@RequestBody List<@Valid CreateWidget> body) {
        UUID org = TenantContext.organizationId();
        List<OutgoingEvent> events = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (CreateWidget widget : body) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO widgets (id, organization_id, name, quantity) VALUES (:id, :org, :name, :q)")
                    .param("id", id).param("org", org).param("name", widget.name()).param("q", widget.quantity())
                    .update();
            events.add(OutgoingEvent.v1(TOPIC, "Widget", id, "WidgetCreated",
                    Map.of("widgetId", id.toString(), "name", widget.name())));
            ids.add(id);
        }
        outbox.appendAll(events);
        if (body.stream().anyMatch(w -> w.name().equals("explode-after-write"))) {
            throw new IllegalStateException("boom");
        }
        return ids;
    }

    @GetMapping("/{id}")
    Widget get(@PathVariable UUID id) {
        return jdbc.sql("SELECT id, name, quantity, version FROM widgets WHERE id = :id AND organization_id = :org")
                .param("id", id).param("org", TenantContext.organizationId())
                .query((rs, i) -> new Widget(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getLong(4)))
                .optional().orElseThrow(() -> DomainException.notFound("Widget", id));
    }

    /** Deliberately without a tenant filter: row-level security must still hold. */
    @GetMapping("/unfiltered-count")
    Map<String, Long> unfilteredCount() {
        return Map.of("count", jdbc.sql("SELECT count(*) FROM widgets").query(Long.class).single());
    }

    @GetMapping
    PageResponse<Widget> list(@RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size,
                              @RequestParam(required = false) List<String> sort) {
        PageQuery q = PageQuery.of(page, size, sort, Map.of("name", "name", "quantity", "quantity"),
                new PageQuery.Sort("name", false));
        UUID org = TenantContext.organizationId();
        List<Widget> items = jdbc.sql("SELECT id, name, quantity, version FROM widgets WHERE organization_id = :org"
                        + q.orderBy("id") + " LIMIT :limit OFFSET :offset")
                .param("org", org).param("limit", q.size()).param("offset", q.offset())
                .query((rs, i) -> new Widget(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getLong(4)))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM widgets WHERE organization_id = :org").param("org", org)
                .query(Long.class).single();
        return PageResponse.of(items, q, total);
    }

    @PutMapping("/{id}")
    @Transactional
    Widget rename(@PathVariable UUID id, @Valid @RequestBody UpdateWidget body) {
        Widget current = get(id);
        int updated = jdbc.sql("UPDATE widgets SET name = :name, version = version + 1 WHERE id = :id "
                        + "AND organization_id = :org AND version = :v")
                .param("name", body.name()).param("id", id).param("org", TenantContext.organizationId())
                .param("v", body.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("widget " + id);
        }
        return new Widget(id, body.name(), current.quantity(), body.version() + 1);
    }

    @PostMapping("/{id}/forbidden")
    @PreAuthorize("hasAuthority('widget:nuke')")
    void nuke(@PathVariable UUID id) {
        throw new IllegalStateException("unreachable: the permission check refuses first");
    }

    @GetMapping("/explode")
    Widget explode() {
        throw new IllegalStateException("secret internals: password=hunter2");
    }
}
