package dev.pitlane.gateway.edge;

import dev.pitlane.platform.http.ClientAddressResolver;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.cloud.gateway.filter.headers.TrustedProxies;
import org.springframework.stereotype.Component;
import reactor.netty.http.server.ConnectionInfo;
import reactor.netty.http.server.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the client is and which scheme it used, as Netty reports it to everything after it (rate limits, HSTS, the
 * {@code X-Forwarded-*} sent to the services). From a trusted proxy ({@code ...webflux.trusted-proxies}, a regex
 * of addresses) the client is the first address from the right of {@code X-Forwarded-For} that is not a trusted
 * proxy, and {@code X-Forwarded-Proto} is believed; from anyone else both are ignored. Spring Cloud Gateway's own
 * handler takes the leftmost address, which any client can write, so it is switched off
 * ({@code httpserver.customizer-enabled: false}).
 */
@Component
class ForwardedClient implements NettyServerCustomizer {

    private final TrustedProxies trustedProxies;
    private final ClientAddressResolver addresses;

    ForwardedClient(@Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = trustedProxies.isBlank() ? address -> false : TrustedProxies.from(trustedProxies);
        this.addresses = new ClientAddressResolver(this.trustedProxies::isTrusted);
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.forwarded(this::resolve);
    }

    ConnectionInfo resolve(ConnectionInfo connection, HttpRequest request) {
        InetSocketAddress peer = connection.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return connection;
        }
        String peerText = peer.getAddress().getHostAddress();
        if (!trustedProxies.isTrusted(peerText)) {
            return connection;
        }
        HttpHeaders headers = request.headers();
        ConnectionInfo resolved = connection;
        Optional<InetAddress> client = addresses.resolveAddress(peerText, headers.get("X-Forwarded-For"));
        if (client.isPresent()) {
            resolved = resolved.withRemoteAddress(new InetSocketAddress(client.get(), peer.getPort()));
        }
        String proto = lastValue(headers.get("X-Forwarded-Proto"));
        if ("https".equals(proto) || "http".equals(proto)) {
            resolved = resolved.withScheme(proto);
        }
        return resolved;
    }

    private static String lastValue(String header) {
        if (header == null) {
            return null;
        }
        String[] values = header.split(",");
        return values[values.length - 1].trim().toLowerCase(Locale.ROOT);
    }
}
