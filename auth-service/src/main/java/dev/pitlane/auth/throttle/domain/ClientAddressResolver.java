package dev.pitlane.auth.throttle.domain;

import java.util.List;

/**
 * The address a request really comes from. {@code X-Forwarded-For} is believed only when the connection comes
 * from a trusted proxy (the gateway, a load balancer), and then only as far as the chain of trusted proxies
 * goes: the first address from the right that is not a trusted proxy is the client. Anyone can write the
 * header, so an untrusted peer's header is ignored entirely.
 */
public final class ClientAddressResolver {

    private final List<AddressBlock> trustedProxies;

    public ClientAddressResolver(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(AddressBlock::parse).toList();
    }

    public String resolve(String remoteAddress, String forwardedFor) {
        if (!trusted(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (AddressBlock.literal(hop) == null) {
                // garbage in the chain: stop believing it here, the last trusted hop saw this peer
                return i == hops.length - 1 ? remoteAddress : hops[i + 1].trim();
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return hops[0].trim();
    }

    private boolean trusted(String address) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }
}
