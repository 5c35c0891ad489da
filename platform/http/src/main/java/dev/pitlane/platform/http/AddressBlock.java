package dev.pitlane.platform.http;

import java.net.InetAddress;

/** An IPv4 or IPv6 address block in CIDR notation ({@code 10.0.0.0/8}); a bare address is a block of one. */
public final class AddressBlock {

    private final byte[] network;
    private final int prefix;

    private AddressBlock(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    public static AddressBlock parse(String cidr) {
        String[] parts = cidr.trim().split("/", 2);
        byte[] address = IpLiteral.parse(parts[0]).map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address: " + cidr));
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("Bad prefix length in " + cidr);
        }
        return new AddressBlock(address, prefix);
    }

    public boolean contains(String address) {
        return IpLiteral.parse(address).map(this::contains).orElse(false);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[full] & mask) == (network[full] & mask);
    }
}
