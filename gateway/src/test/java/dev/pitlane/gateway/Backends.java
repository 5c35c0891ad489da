package dev.pitlane.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Stand-ins for the services, over real HTTP: each answers every request with what it received (its own name,
 * method, path, query, headers and the body's size), so a test can see exactly what the gateway forwarded.
 * One of them answers slowly; one target is a port nobody listens on. Started once per test JVM.
 */
final class Backends {

    static final List<String> ECHOING = List.of("auth-service", "customer-service", "inventory-service",
            "procurement-service", "workshop-service", "billing-service", "reporting-service");
    static final Duration SLOW_ANSWER = Duration.ofSeconds(2);

    private static volatile Backends instance;

    private final Map<String, String> targets = new LinkedHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-backend");
        thread.setDaemon(true);
        return thread;
    });

    private Backends() {
        ECHOING.forEach(name -> targets.put(name, start(name, Duration.ZERO)));
        targets.put("slow-service", start("slow-service", SLOW_ANSWER));
        targets.put("down-service", "http://127.0.0.1:" + closedPort());
        // down as well, for the test that opens its circuit without changing what the others see
        targets.put("tripped-service", "http://127.0.0.1:" + closedPort());
    }

    static Backends get() {
        if (instance == null) {
            synchronized (Backends.class) {
                if (instance == null) {
                    instance = new Backends();
                }
            }
        }
        return instance;
    }

    /** Service name → base URL, for {@code pitlane.gateway.targets.<service>}. */
    Map<String, String> targets() {
        return targets;
    }

    private String start(String name, Duration delay) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.setExecutor(threads);
            server.createContext("/", exchange -> echo(name, delay, exchange));
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void echo(String name, Duration delay, HttpExchange exchange) throws IOException {
        try (exchange) {
            long bodyBytes = drain(exchange.getRequestBody());
            sleep(delay);
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((header, values) ->
                    headers.put(header.toLowerCase(Locale.ROOT), String.join(",", values)));
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("service", name);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().getRawPath());
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("headers", headers);
            echo.put("bodyBytes", bodyBytes);
            byte[] body = json.writeValueAsString(echo).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // what a service with its own CORS and security headers would add; the gateway must not duplicate them
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static long drain(InputStream body) throws IOException {
        long total = 0;
        byte[] buffer = new byte[8192];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            total += read;
        }
        return total;
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
