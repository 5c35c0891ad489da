package dev.pitlane.platform.outbound;

import dev.pitlane.platform.http.AddressBlock;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Addresses a call to a partner's URL must never reach: this machine, the cluster and its neighbours, cloud
 * metadata services, and everything that is not a unicast address on the public internet (IANA's special-purpose
 * registries). IPv6 forms that carry an IPv4 address (compatible, NAT64, 6to4, Teredo) are refused whole, since
 * what they reach depends on the network; an IPv4-mapped one the JDK reads as the IPv4 address it maps.
 */
final class ForbiddenAddresses {

    private record Range(AddressBlock block, String reason) {
    }

    private static final List<Range> RANGES = List.of(
            range("0.0.0.0/8", "an unspecified address"),
            range("10.0.0.0/8", "a private address"),
            range("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            range("127.0.0.0/8", "a loopback address"),
            range("169.254.0.0/16", "a link-local address"),
            range("172.16.0.0/12", "a private address"),
            range("192.0.0.0/24", "a reserved address"),
            range("192.0.2.0/24", "a documentation address"),
            range("192.88.99.0/24", "a reserved address"),
            range("192.168.0.0/16", "a private address"),
            range("198.18.0.0/15", "a reserved address"),
            range("198.51.100.0/24", "a documentation address"),
            range("203.0.113.0/24", "a documentation address"),
            range("224.0.0.0/4", "a multicast address"),
            range("240.0.0.0/4", "a reserved address"),
            range("::/128", "an unspecified address"),
            range("::1/128", "a loopback address"),
            range("::/96", "an IPv4-compatible IPv6 address"),
            range("64:ff9b::/96", "a NAT64 address"),
            range("64:ff9b:1::/48", "a NAT64 address"),
            range("100::/64", "a reserved address"),
            range("2001::/23", "a reserved address"),
            range("2001:db8::/32", "a documentation address"),
            range("2002::/16", "a 6to4 address"),
            range("fc00::/7", "a private (unique local) address"),
            range("fe80::/10", "a link-local address"),
            range("fec0::/10", "a site-local address"),
            range("ff00::/8", "a multicast address"));

    private ForbiddenAddresses() {
    }

    /** Why the address is refused; empty when it is a public unicast address. */
    static Optional<String> reason(InetAddress address) {
        for (Range range : RANGES) {
            if (range.block().contains(address)) {
                return Optional.of(range.reason());
            }
        }
        return Optional.empty();
    }

    private static Range range(String cidr, String reason) {
        return new Range(AddressBlock.parse(cidr), reason);
    }
}
