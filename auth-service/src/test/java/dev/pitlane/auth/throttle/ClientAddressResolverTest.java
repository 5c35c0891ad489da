package dev.pitlane.auth.throttle;

import dev.pitlane.auth.throttle.domain.AddressBlock;
import dev.pitlane.auth.throttle.domain.ClientAddressResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressResolverTest {

    private final ClientAddressResolver resolver = new ClientAddressResolver(List.of("127.0.0.1/32", "::1/128",
            "10.1.0.0/16"));

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        assertThat(resolver.resolve("198.51.100.9", "1.2.3.4")).isEqualTo("198.51.100.9");
    }

    @Test
    void aTrustedProxyIsBelievedUpToTheFirstUntrustedHop() {
        assertThat(resolver.resolve("127.0.0.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(resolver.resolve("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.1.2.3")).isEqualTo("203.0.113.5");
        assertThat(resolver.resolve("::1", "10.1.9.9, 10.1.2.3")).isEqualTo("10.1.9.9");
        assertThat(resolver.resolve("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void garbageInTheChainIsNotBelieved() {
        assertThat(resolver.resolve("127.0.0.1", "not-an-address")).isEqualTo("127.0.0.1");
        assertThat(resolver.resolve("127.0.0.1", "evil.example.com, 10.1.2.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void blocksMatchByPrefix() {
        assertThat(AddressBlock.parse("10.1.0.0/16").contains("10.1.255.1")).isTrue();
        assertThat(AddressBlock.parse("10.1.0.0/16").contains("10.2.0.1")).isFalse();
        assertThat(AddressBlock.parse("2001:db8::/32").contains("2001:db8:1::5")).isTrue();
        assertThat(AddressBlock.parse("2001:db8::/32").contains("10.1.0.1")).isFalse();
        assertThat(AddressBlock.parse("0.0.0.0/0").contains("8.8.8.8")).isTrue();
    }
}
