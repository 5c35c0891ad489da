package dev.pitlane.platform.sample;

import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.web.idempotency.IdempotencyRequired;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates gadgets through JPA, as a handler that also calls out would: its transaction is its own, and it counts
 * how often it ran for each name, so a test sees whether a duplicate request reached it. A name starting with
 * {@code wait-} holds the handler (outside any transaction) until the test opens its gate; {@code explode} fails
 * after the write.
 */
@RestController
@RequestMapping("/api/v1/gadgets")
class GadgetController {

    record CreateGadget(@NotBlank String name) {
    }

    record GadgetView(UUID id, String name, int run) {
    }

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    private final GadgetRepository gadgets;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    GadgetController(GadgetRepository gadgets, Outbox outbox, TransactionTemplate transactions) {
        this.gadgets = gadgets;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('widget:write')")
    @IdempotencyRequired
    ResponseEntity<GadgetView> create(@Valid @RequestBody CreateGadget body) throws InterruptedException {
        int run = runs.computeIfAbsent(body.name(), n -> new AtomicInteger()).incrementAndGet();
        CountDownLatch gate = gates.get(body.name());
        if (gate != null && !gate.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            gadgets.save(new Gadget(id, body.name() + "-" + run));
            outbox.append(OutgoingEvent.v1(WidgetController.TOPIC, "Gadget", id, "GadgetCreated",
                    Map.of("gadgetId", id.toString())));
            if (body.name().equals("explode")) {
                throw new IllegalStateException("boom");
            }
        });
        return ResponseEntity.created(URI.create("/api/v1/gadgets/" + id)).body(new GadgetView(id, body.name(), run));
    }

    // public: the test calls these through the security proxy
    public int runs(String name) {
        AtomicInteger count = runs.get(name);
        return count == null ? 0 : count.get();
    }

    /** Holds every later request for {@code name} in its handler until {@code gate} opens. */
    public void hold(String name, CountDownLatch gate) {
        gates.put(name, gate);
    }

    public void stopHolding(String name) {
        gates.remove(name);
    }
}
