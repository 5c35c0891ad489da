package dev.pitlane.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.1 request written as raw bytes, for what an HTTP client would clean up or refuse to send (encoded
 * traversal, odd methods, oversized request lines and headers).
 */
public final class RawHttp {

    /** @param headers lower-cased status line and headers */
    public record Answer(int status, String headers, String body) {

        /** A problem+json answer with this status and {@code code}. */
        public boolean isProblem(int expectedStatus, String code) {
            return status == expectedStatus && headers.contains("content-type: application/problem+json")
                    && body.contains("\"code\":\"" + code + "\"") && body.contains("\"status\":" + expectedStatus);
        }
    }

    private RawHttp() {
    }

    /**
     * Reads while it writes: a server answers an oversized request before it has all of it and closes, and the
     * answer must be read before the connection is reset under the unread rest.
     *
     * @param extraHeaders complete header lines, each ending in CRLF
     */
    public static Answer send(String host, int port, String requestLine, String extraHeaders) throws Exception {
        try (Socket socket = new Socket(host, port)) {
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
                out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n" + extraHeaders + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server stopped reading once it had answered
            }
            reading.get(15, TimeUnit.SECONDS);
            String text;
            synchronized (received) {
                text = received.toString(StandardCharsets.UTF_8);
            }
            int split = text.indexOf("\r\n\r\n");
            if (split < 0) {
                throw new IllegalStateException("No HTTP answer to " + requestLine.substring(0,
                        Math.min(80, requestLine.length())) + ": " + text);
            }
            String head = text.substring(0, split);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head.toLowerCase(), text.substring(split + 4));
        }
    }
}
