package dev.pitlane.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway refuses before routing — sent as raw bytes, since an HTTP client would clean the request up
 * first — is a problem with a code like every other answer, not a bare status.
 */
class EdgeRejectionsTest extends GatewayTest {

    @LocalServerPort
    int port;

    private record Raw(int status, String headers, String body) {
    }

    /**
     * Reads while it writes: the gateway answers an oversized request before it has all of it and closes, and
     * the answer must be read before the connection is reset under the unread rest.
     */
    private Raw send(String requestLine, String extraHeaders) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                byte[] buffer = new byte[8192];
                try {
                    InputStream in = socket.getInputStream();
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // reset after the answer: what was read is what counts
                }
            });
            try {
                OutputStream out = socket.getOutputStream();
                out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the gateway stopped reading once it had answered
            }
            reading.get(15, TimeUnit.SECONDS);
            String text;
            synchronized (received) {
                text = received.toString(StandardCharsets.UTF_8);
            }
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("an answer: " + text).isPositive();
            String head = text.substring(0, split);
            return new Raw(Integer.parseInt(head.split(" ")[1]), head.toLowerCase(), text.substring(split + 4));
        }
    }

    private static void assertProblem(Raw raw, int status, String code) {
        assertThat(raw.status()).as(raw.toString()).isEqualTo(status);
        assertThat(raw.headers()).contains("content-type: application/problem+json");
        assertThat(raw.body()).contains("\"code\":\"" + code + "\"").contains("\"status\":" + status);
    }

    @Test
    void pathTricksAndOddMethodsAreRefusedAsProblems() throws Exception {
        for (String path : List.of("/api/v1/items/%2F..%2Factuator", "/api/v1/%2e%2e/actuator/health",
                "/api/v1/items/..;/actuator", "/api/v1/items/%00", "/api/v1/items/%5c..%5cactuator",
                "/api/v1/items/%252e%252e/actuator", "/api/v1/../actuator/prometheus")) {
            assertProblem(send("GET " + path + " HTTP/1.1", ""), 400, "request-rejected");
        }
        assertProblem(send("TRACE /api/v1/items HTTP/1.1", ""), 400, "request-rejected");
    }

    @Test
    void aHugeUrlOrHeaderIsAProblemToo() throws Exception {
        assertProblem(send("GET /api/v1/items?q=" + "a".repeat(20_000) + " HTTP/1.1", ""), 414, "uri-too-long");
        assertProblem(send("GET /api/v1/items HTTP/1.1", "X-Big: " + "b".repeat(40_000) + "\r\n"), 431,
                "request-header-fields-too-large");
    }
}
