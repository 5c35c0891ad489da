package dev.pitlane.platform.outbound;

import dev.pitlane.platform.http.IpLiteral;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a URL that a user typed in (a supplier's webhook, a partner's callback) may point: the public internet
 * only, unless an administrator allow-lists a host ({@code pitlane.outbound.allowed-hosts}). Checked twice: when
 * the URL is saved ({@link #check}: its form, and its host if that is an address or a loopback name) and when it
 * is called ({@link #resolve}: every address the name resolves to at that moment, since DNS may answer otherwise
 * later). {@link OutboundHttp} connects only to the addresses {@link #resolve} returned.
 */
public final class OutboundUrlGuard {

    /** Hosts made of numbers (and hex): {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");

    private final Set<String> allowedHosts;
    private final Function<String, InetAddress[]> dns;

    public OutboundUrlGuard(Collection<String> allowedHosts) {
        this(allowedHosts, OutboundUrlGuard::lookUp);
    }

    /** @param dns the lookup (tests give their own; a failed lookup throws {@link RefusedTarget}) */
    OutboundUrlGuard(Collection<String> allowedHosts, Function<String, InetAddress[]> dns) {
        this.allowedHosts = allowedHosts.stream().map(OutboundUrlGuard::normalized).collect(Collectors.toSet());
        this.dns = dns;
    }

    /** The URL as it will be called, if its form and its host are allowed. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedTarget("must be an http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
            throw new RefusedTarget("must be an http(s) URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("must not carry a user name or password");
        }
        if (uri.getHost() == null) {
            throw new RefusedTarget("must name a valid host");
        }
        String host = normalized(uri.getHost());
        if (allowedHosts.contains(host)) {
            return uri;
        }
        Optional<InetAddress> literal = IpLiteral.parse(host);
        if (literal.isPresent()) {
            refuseForbidden(literal.get());
            return uri;
        }
        if (NUMERIC_HOST.matcher(host).matches()) {
            throw new RefusedTarget("must write an IP address as four decimal numbers (a.b.c.d)");
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            throw new RefusedTarget("must not point to a loopback address");
        }
        return uri;
    }

    /**
     * The addresses to connect to for {@code host}, looked up now and each one checked.
     *
     * @throws RefusedTarget when any of them is not allowed, or the name does not resolve
     */
    public InetAddress[] resolve(String host) {
        String name = normalized(host);
        Optional<InetAddress> literal = IpLiteral.parse(name);
        InetAddress[] addresses = literal.map(a -> new InetAddress[]{a}).orElseGet(() -> dns.apply(name));
        if (!allowedHosts.contains(name)) {
            for (InetAddress address : addresses) {
                refuseForbidden(address);
            }
        }
        return addresses;
    }

    private static void refuseForbidden(InetAddress address) {
        ForbiddenAddresses.reason(address).ifPresent(reason -> {
            throw new RefusedTarget("must not point to " + reason);
        });
    }

    private static InetAddress[] lookUp(String name) {
        try {
            return InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("names a host that does not resolve");
        }
    }

    private static String normalized(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".") && !NUMERIC_HOST.matcher(h).matches()) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
