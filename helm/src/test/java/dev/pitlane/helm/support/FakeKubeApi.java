package dev.pitlane.helm.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An empty Kubernetes API on the loopback interface, for the chart's `lookup` calls.
 *
 * <p>The Helm library's template call (helm-java 0.0.21) runs `lookup` against the cluster of the current
 * kubeconfig, where the Helm CLI's `helm template` would return nothing. The build points KUBECONFIG
 * (surefire environment) at a file this class writes, naming this server: every lookup sees an empty
 * namespace, or the Secrets a test put there, and no request ever leaves the machine.
 */
public final class FakeKubeApi {

    private static FakeKubeApi instance;

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    private FakeKubeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            int code = 200;
            String body;
            if (path.equals("/api")) {
                body = "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"],\"serverAddressByClientCIDRs\":"
                        + "[{\"clientCIDR\":\"0.0.0.0/0\",\"serverAddress\":\"127.0.0.1\"}]}";
            } else if (path.equals("/apis")) {
                body = "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[]}";
            } else if (path.equals("/api/v1")) {
                body = "{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\",\"resources\":[{\"name\":\"secrets\","
                        + "\"singularName\":\"secret\",\"namespaced\":true,\"kind\":\"Secret\",\"verbs\":[\"get\",\"list\"]}]}";
            } else if (path.matches("/api/v1/namespaces/[^/]+/secrets/[^/]+") && secrets.containsKey(path)) {
                body = secrets.get(path);
            } else {
                code = 404;
                body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                        + "\"reason\":\"NotFound\",\"code\":404}";
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(code, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.setExecutor(null);
        server.start();
    }

    /** Starts the server once and writes the kubeconfig named by KUBECONFIG. */
    public static synchronized FakeKubeApi start() {
        if (instance == null) {
            try {
                instance = new FakeKubeApi();
                String kubeconfig = System.getenv("KUBECONFIG");
                if (kubeconfig == null || kubeconfig.isBlank()) {
                    throw new IllegalStateException("KUBECONFIG is not set: run the checks through Maven "
                            + "(helm/pom.xml sets it for surefire) so that Helm's lookup never reaches a real cluster");
                }
                Path p = Paths.get(kubeconfig);
                Files.createDirectories(p.toAbsolutePath().getParent());
                Files.writeString(p, """
                        apiVersion: v1
                        kind: Config
                        clusters: [{name: fake, cluster: {server: 'http://127.0.0.1:%d'}}]
                        users: [{name: fake, user: {}}]
                        contexts: [{name: fake, context: {cluster: fake, user: fake}}]
                        current-context: fake
                        """.formatted(instance.server.getAddress().getPort()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Makes a Secret exist (data already base64) until {@link #clear()}. */
    public void putSecret(String namespace, String name, Map<String, String> data) {
        StringBuilder d = new StringBuilder();
        data.forEach((k, v) -> d.append(d.isEmpty() ? "" : ",").append('"').append(k).append("\":\"").append(v).append('"'));
        secrets.put("/api/v1/namespaces/" + namespace + "/secrets/" + name,
                "{\"kind\":\"Secret\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\""
                        + namespace + "\"},\"type\":\"Opaque\",\"data\":{" + d + "}}");
    }

    public void clear() {
        secrets.clear();
    }
}
