package dev.pitlane.gateway.edge;

import dev.pitlane.platform.http.IpLiteral;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The {@code X-Forwarded-*} headers the services get: written by the gateway alone, from what {@link ForwardedClient}
 * made of the connection. Whatever a client sent under these names (or {@code Forwarded}) is dropped, so
 * {@code X-Forwarded-For} names exactly one address, the client's, and a service that trusts the gateway (the
 * per-address sign-in throttle of auth-service) can take it as it is.
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!name.regionMatches(true, 0, "X-Forwarded-", 0, 12) && !name.equalsIgnoreCase("Forwarded")) {
                headers.addAll(name, values);
            }
        });
        InetSocketAddress client = exchange.getRequest().getRemoteAddress();
        if (client != null && client.getAddress() != null) {
            headers.set("X-Forwarded-For", IpLiteral.format(client.getAddress()));
        }
        URI uri = exchange.getRequest().getURI();
        String scheme = uri.getScheme();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        headers.set("X-Forwarded-Proto", scheme);
        if (uri.getHost() != null) {
            headers.set("X-Forwarded-Host", uri.getPort() >= 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost());
        }
        headers.set("X-Forwarded-Port", Integer.toString(port));
        return headers;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }
}
