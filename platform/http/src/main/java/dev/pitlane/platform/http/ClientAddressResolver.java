package dev.pitlane.platform.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The address a request really comes from. {@code X-Forwarded-For} is believed only when the connection comes
 * from a trusted proxy (the gateway, an ingress), and then only as far as the chain of trusted proxies goes: the
 * first address from the right that is not a trusted proxy is the client. Anyone can write the header, so an
 * untrusted peer's header is ignored entirely, and so is everything left of the first untrusted hop (a client
 * may put any address there; a proxy appends the peer it saw on the right).
 */
public final class ClientAddressResolver {

    private final Predicate<String> trusted;

    /** @param trusted whether an address (in {@link IpLiteral#format} text) is a proxy whose header is believed */
    public ClientAddressResolver(Predicate<String> trusted) {
        this.trusted = trusted;
    }

    /** Trusting the proxies in these CIDR blocks ({@code 10.0.0.0/8}, {@code 127.0.0.1/32}). */
    public static ClientAddressResolver trustingBlocks(List<String> cidrs) {
        List<AddressBlock> blocks = cidrs.stream().map(AddressBlock::parse).toList();
        return new ClientAddressResolver(address -> blocks.stream().anyMatch(block -> block.contains(address)));
    }

    public String resolve(String peer, String forwardedFor) {
        return resolveAddress(peer, forwardedFor).map(IpLiteral::format).orElse(peer);
    }

    /** The client's address; empty when the peer is no IP address (a Unix socket) and nothing is believed. */
    public Optional<InetAddress> resolveAddress(String peer, String forwardedFor) {
        Optional<InetAddress> peerAddress = IpLiteral.parse(peer);
        if (peerAddress.isEmpty() || !isTrusted(peerAddress.get()) || forwardedFor == null
                || forwardedFor.isBlank()) {
            return peerAddress;
        }
        String[] hops = forwardedFor.split(",");
        InetAddress nearest = peerAddress.get();
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parse(hops[i]);
            if (hop.isEmpty()) {
                // garbage in the chain: the last trusted hop saw the one right of it
                return Optional.of(nearest);
            }
            if (!isTrusted(hop.get())) {
                return hop;
            }
            nearest = hop.get();
        }
        return Optional.of(nearest);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.test(IpLiteral.format(address));
    }
}
