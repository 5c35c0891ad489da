package dev.pitlane.workshop.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays customer-service's {@code GET /api/v1/vehicles/{id}?expand=customer} over real HTTP, so the workshop's
 * client meets real timeouts, status codes and a real outage. It answers only a request carrying a bearer token,
 * as customer-service does. One per test JVM.
 */
public final class CustomerServiceStandIn {

    private static final CustomerServiceStandIn INSTANCE = new CustomerServiceStandIn();

    private final Map<UUID, String> vehicles = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean failing;
    private final HttpServer server;

    private CustomerServiceStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/v1/vehicles/", exchange -> {
            calls.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            int status;
            String body;
            if (failing) {
                status = 500;
                body = "{\"code\":\"internal\"}";
            } else if (auth == null || !auth.startsWith("Bearer ")) {
                status = 401;
                body = "{\"code\":\"unauthorized\"}";
            } else {
                body = vehicles.get(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
                status = body == null ? 404 : 200;
                body = body == null ? "{\"code\":\"not-found\"}" : body;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public static CustomerServiceStandIn get() {
        return INSTANCE;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A vehicle of {@code customerId}, in the shape customer-service answers. */
    public UUID vehicle(UUID customerId, String registration, String status) {
        UUID id = UUID.randomUUID();
        vehicles.put(id, """
                {"id":"%s","customerId":"%s","registrationNumber":"%s","status":"%s","make":"Maruti",
                 "customer":{"id":"%s","name":"Priya Sharma","phone":"+919820000001"}}"""
                .formatted(id, customerId, registration, status, customerId));
        return id;
    }

    public void failing(boolean value) {
        failing = value;
    }

    public int calls() {
        return calls.get();
    }
}
