package dev.pitlane.platform.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressResolverTest {

    private final ClientAddressResolver resolver = ClientAddressResolver.trustingBlocks(List.of("127.0.0.1/32",
            "::1/128", "10.1.0.0/16"));

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        assertThat(resolver.resolve("198.51.100.9", "1.2.3.4")).isEqualTo("198.51.100.9");
    }

    @Test
    void aTrustedProxyIsBelievedUpToTheFirstUntrustedHop() {
        assertThat(resolver.resolve("127.0.0.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(resolver.resolve("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.1.2.3")).isEqualTo("203.0.113.5");
        assertThat(resolver.resolve("::1", "10.1.9.9, 10.1.2.3")).isEqualTo("10.1.9.9");
        assertThat(resolver.resolve("0:0:0:0:0:0:0:1", "2001:DB8::5")).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(resolver.resolve("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void garbageInTheChainIsNotBelieved() {
        assertThat(resolver.resolve("127.0.0.1", "not-an-address")).isEqualTo("127.0.0.1");
        assertThat(resolver.resolve("127.0.0.1", "evil.example.com, 10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(resolver.resolve("127.0.0.1", "2130706433")).as("no odd number forms").isEqualTo("127.0.0.1");
        assertThat(resolver.resolve("127.0.0.1", "localhost")).as("never resolved").isEqualTo("127.0.0.1");
    }

    @Test
    void blocksMatchByPrefix() {
        assertThat(AddressBlock.parse("10.1.0.0/16").contains("10.1.255.1")).isTrue();
        assertThat(AddressBlock.parse("10.1.0.0/16").contains("10.2.0.1")).isFalse();
        assertThat(AddressBlock.parse("100.64.0.0/10").contains("100.127.255.255")).isTrue();
        assertThat(AddressBlock.parse("100.64.0.0/10").contains("100.128.0.0")).isFalse();
        assertThat(AddressBlock.parse("2001:db8::/32").contains("2001:db8:1::5")).isTrue();
        assertThat(AddressBlock.parse("2001:db8::/32").contains("10.1.0.1")).isFalse();
        assertThat(AddressBlock.parse("0.0.0.0/0").contains("8.8.8.8")).isTrue();
    }

    @Test
    void onlyCanonicalLiteralsAreAddresses() {
        assertThat(IpLiteral.parse("192.0.2.1")).isPresent();
        assertThat(IpLiteral.parse("[::1]")).isPresent();
        assertThat(IpLiteral.parse("::ffff:127.0.0.1").map(IpLiteral::format)).contains("127.0.0.1");
        for (String odd : List.of("2130706433", "0x7f.0.0.1", "0177.0.0.1", "127.1", "256.0.0.1", "1.2.3.4.5",
                "example.com", "", "::1%eth0", "[::1")) {
            assertThat(IpLiteral.parse(odd)).as(odd).isEmpty();
        }
    }
}
