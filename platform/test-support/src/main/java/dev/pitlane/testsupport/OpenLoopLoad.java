package dev.pitlane.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Requests at a fixed rate, open loop: request i is due at start + i / rate whatever the server does, and its latency
 * counts from then, so a stall shows in full (no coordinated omission). Each of {@code connections} threads keeps one
 * HTTP/1.1 connection with blocking sockets, takes the next due request, waits for its time and sends it: a request
 * waiting for a free connection waits on the clock. Far lighter than {@code java.net.http.HttpClient}, which at a few
 * hundred requests a second took a sixth of a benchmark JVM's CPU, so that "half the saturated rate" nearly saturated
 * the machine again.
 */
public final class OpenLoopLoad {

    /** One request: {@code body} null for none. */
    public record Request(String method, String path, String token, String body) {
    }

    /**
     * What a run measured: latencies in milliseconds from each request's due time, sorted, and the slowest latency
     * of the requests due in each second of the run (when a slow stretch happened).
     */
    public record Run(long requests, long errors, double seconds, List<Double> latenciesMs, double[] slowestBySecond) {

        public double rate() {
            return (requests - errors) / seconds;
        }

        /** The latency at {@code percentile} (0-100), nearest rank. */
        public double percentile(double percentile) {
            if (latenciesMs.isEmpty()) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * latenciesMs.size()) - 1;
            return latenciesMs.get(Math.max(0, Math.min(latenciesMs.size() - 1, rank)));
        }
    }

    private final URI base;
    private final int connections;

    /** Requests to {@code baseUrl} (scheme, host, port) over {@code connections} keep-alive connections. */
    public OpenLoopLoad(String baseUrl, int connections) {
        this.base = URI.create(baseUrl);
        this.connections = connections;
    }

    /** Sends {@code request.apply(i)} at {@code rate}/s for {@code duration}; a 2xx answer is a success. */
    public Run run(LongFunction<Request> request, double rate, Duration duration) throws InterruptedException {
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * duration.toNanos() / 1e9);
        long start = System.nanoTime() + 100_000_000L;
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        double[] slowest = new double[(int) Math.ceil(duration.toNanos() / 1e9) + 1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                Connection connection = null;
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        if (connection == null) {
                            connection = new Connection(base);
                        }
                        int status = connection.send(request.apply(i));
                        if (status < 200 || status >= 300) {
                            errors.incrementAndGet();
                        }
                        if (connection.closing) {
                            // the server's last request on this connection (Tomcat's keep-alive limit)
                            connection = closed(connection);
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        connection = closed(connection);
                    }
                    double ms = (System.nanoTime() - due) / 1e6;
                    latencies.add(ms);
                    int second = (int) Math.min(slowest.length - 1, i * interval / 1_000_000_000L);
                    synchronized (slowest) {
                        slowest[second] = Math.max(slowest[second], ms);
                    }
                }
                closed(connection);
            }, "open-loop-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Run(sorted.size(), errors.get(), seconds, sorted, slowest);
    }

    private static Connection closed(Connection connection) {
        if (connection != null) {
            connection.close();
        }
        return null;
    }

    /** One keep-alive HTTP/1.1 connection: a request written whole, the response read to its end. */
    private static final class Connection {
        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;
        private final String host;
        /** The last response said {@code Connection: close}. */
        boolean closing;

        Connection(URI base) throws IOException {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            host = base.getHost() + ":" + base.getPort();
        }

        int send(Request r) throws IOException {
            byte[] content = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
            String head = r.method() + " " + r.path() + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
                    + r.token() + (r.body() == null ? "" : "\r\nContent-Type: application/json\r\nIdempotency-Key: "
                    + UUID.randomUUID()) + "\r\nContent-Length: " + content.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[headBytes.length + content.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(content, 0, request, headBytes.length, content.length);
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("Connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("Connection closed");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that failed
            }
        }
    }
}
