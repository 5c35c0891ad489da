package dev.pitlane.platform.outbound;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Real calls to a real server on loopback, which only an allow-list lets the guard reach. */
class OutboundHttpTest {

    private HttpServer target;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTarget() throws Exception {
        target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/ok", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"secret\":\"internal\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        target.createContext("/redirect", exchange -> {
            received.add("redirect");
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        target.start();
    }

    @AfterEach
    void stopTarget() {
        target.stop(0);
    }

    private String url(String host, String path) {
        return "http://" + host + ":" + target.getAddress().getPort() + path;
    }

    private static OutboundHttp client(List<String> allowed) {
        OutboundUrlGuard guard = new OutboundUrlGuard(allowed, name -> {
            if (name.equals("partner.example")) {
                return new InetAddress[]{InetAddress.getLoopbackAddress()};
            }
            throw new RefusedTarget("names a host that does not resolve");
        });
        return new OutboundHttp(guard, Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void anAllowListedHostIsCalledAndOnlyTheStatusComesBack() throws Exception {
        try (OutboundHttp http = client(List.of("127.0.0.1"))) {
            var delivery = http.postJson(url("127.0.0.1", "/ok"), Map.of("X-Test", "1"), "{\"a\":1}");
            assertThat(delivery).isEqualTo(new OutboundHttp.Delivery(OutboundHttp.Outcome.DELIVERED, 200));
            assertThat(received).containsExactly("{\"a\":1}");
        }
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedWhenCalledAndNothingIsSent() throws Exception {
        try (OutboundHttp http = client(List.of())) {
            String url = url("partner.example", "/ok");
            var delivery = http.postJson(url, Map.of(), "{}");
            assertThat(delivery.outcome()).isEqualTo(OutboundHttp.Outcome.REFUSED);
            assertThat(http.postJson(url("127.0.0.1", "/ok"), Map.of(), "{}").outcome())
                    .isEqualTo(OutboundHttp.Outcome.REFUSED);
            assertThat(received).isEmpty();
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        try (OutboundHttp http = client(List.of("127.0.0.1"))) {
            var delivery = http.postJson(url("127.0.0.1", "/redirect"), Map.of(), "{}");
            assertThat(delivery).isEqualTo(new OutboundHttp.Delivery(OutboundHttp.Outcome.REJECTED, 302));
            assertThat(received).containsExactly("redirect");
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port = target.getAddress().getPort();
        target.stop(0);
        try (OutboundHttp http = client(List.of("127.0.0.1"))) {
            assertThat(http.postJson("http://127.0.0.1:" + port + "/ok", Map.of(), "{}").outcome())
                    .isEqualTo(OutboundHttp.Outcome.UNREACHABLE);
        }
    }
}
