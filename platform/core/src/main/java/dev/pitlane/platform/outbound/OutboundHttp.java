package dev.pitlane.platform.outbound;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Calls to URLs that users typed in. The host is looked up through {@link OutboundUrlGuard#resolve} when the
 * connection is made, and the connection goes to exactly the addresses it checked (a name cannot resolve to a
 * public address for the check and to an internal one for the call). Redirects are not followed, and the target's
 * answer is reduced to its status: the caller learns whether the call was delivered, never what an address inside
 * the network said.
 */
public final class OutboundHttp implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(OutboundHttp.class);

    public enum Outcome {
        /** The target answered 2xx. */
        DELIVERED,
        /** The target answered, but not 2xx (a redirect included). */
        REJECTED,
        /** No answer: refused connection, timeout, TLS failure, name not found. */
        UNREACHABLE,
        /** The guard refused the URL or an address its host resolved to; nothing was sent. */
        REFUSED
    }

    /** @param status the target's HTTP status, 0 when it did not answer */
    public record Delivery(Outcome outcome, int status) {

        public boolean delivered() {
            return outcome == Outcome.DELIVERED;
        }
    }

    private final OutboundUrlGuard guard;
    private final CloseableHttpClient client;

    public OutboundHttp(OutboundUrlGuard guard, Duration connectTimeout, Duration responseTimeout) {
        this.guard = guard;
        DnsResolver checkedLookup = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return guard.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedLookup)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(responseTimeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** POSTs a JSON body. Never throws for what the target does; the outcome says what happened. */
    public Delivery postJson(String url, Map<String, String> headers, String json) {
        URI target;
        try {
            target = guard.check(url);
        } catch (RefusedTarget e) {
            log.warn("Outbound call refused: the URL {}", e.getMessage());
            return new Delivery(Outcome.REFUSED, 0);
        }
        HttpPost post = new HttpPost(target);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        try {
            int status = client.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            return new Delivery(status / 100 == 2 ? Outcome.DELIVERED : Outcome.REJECTED, status);
        } catch (RefusedTarget e) {
            log.warn("Outbound call to host {} refused: it {}", target.getHost(), e.getMessage());
            return new Delivery(Outcome.REFUSED, 0);
        } catch (IOException e) {
            log.warn("Outbound call to host {} failed: {}", target.getHost(), e.toString());
            return new Delivery(Outcome.UNREACHABLE, 0);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
