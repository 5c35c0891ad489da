package dev.pitlane.testsupport;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP calls for tests, with the response's JSON readable by JsonPath. */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String baseUrl;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();

    private TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static TestHttp at(String baseUrl) {
        return new TestHttp(baseUrl);
    }

    /** A client that sends this bearer token on every call. */
    public TestHttp withToken(String token) {
        TestHttp copy = new TestHttp(baseUrl);
        copy.defaultHeaders.putAll(defaultHeaders);
        copy.defaultHeaders.put("Authorization", "Bearer " + token);
        return copy;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    public Response post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public Response put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    public Response patch(String path, String json, String... headers) {
        return send("PATCH", path, json, headers);
    }

    /** @param headers name, value, name, value... ({@code Content-Type} defaults to JSON when there is a body) */
    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        defaultHeaders.forEach(request::header);
        boolean contentType = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !contentType) {
            request.header("Content-Type", "application/json");
        }
        return execute(request.build());
    }

    /** A GET of a binary body (an XLSX file, say), kept as the bytes that came. */
    public BinaryResponse getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120)).GET();
        defaultHeaders.forEach(request::header);
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record BinaryResponse(int status, Map<String, java.util.List<String>> headers, byte[] body) {
    }

    /** @param headers name, value, name, value... */
    public Response sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        defaultHeaders.forEach(request::header);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return execute(request.build());
    }

    /** POSTs one file as a browser uploads it (multipart/form-data, field {@code file}). */
    public Response upload(String path, String filename, byte[] content, String... headers) {
        Multipart m = Multipart.file("file", filename, filename.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", content);
        return sendBytes("POST", path, m.body(), m.contentType(), headers);
    }

    /** GETs a file's bytes (an export), failing on any status but 200. */
    public byte[] download(String path) {
        BinaryResponse response = getBytes(path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + ": " + response.status() + " "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static Response execute(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** A JsonPath into the body ({@code $.code}, {@code $.items.length()}); null when absent. */
        public <T> T json(String path) {
            try {
                return JsonPath.read(body, path);
            } catch (PathNotFoundException e) {
                return null;
            }
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
