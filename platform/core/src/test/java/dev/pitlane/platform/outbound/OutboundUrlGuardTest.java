package dev.pitlane.platform.outbound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundUrlGuardTest {

    /** A DNS of its own: names the tests make resolve where they need them to. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.supplier.example", "93.184.215.14",
            "rebinding.example", "127.0.0.1",
            "metadata.example", "169.254.169.254",
            "half-inside.example", "93.184.215.14,10.0.0.7",
            "erp.internal", "10.1.2.3");

    private final OutboundUrlGuard guard = new OutboundUrlGuard(List.of("erp.internal", "127.0.0.1"),
            OutboundUrlGuardTest::lookUp);

    private static InetAddress[] lookUp(String name) {
        String addresses = DNS.get(name);
        if (addresses == null) {
            throw new RefusedTarget("names a host that does not resolve");
        }
        return java.util.Arrays.stream(addresses.split(",")).map(a -> {
            try {
                return InetAddress.getByName(a);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(InetAddress[]::new);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://169.254.169.254/latest/meta-data/    | link-local
            http://127.0.0.2:8081/actuator/health       | loopback
            http://localhost:8084/api                   | loopback
            http://LOCALHOST./                          | loopback
            http://api.localhost/                       | loopback
            http://[::1]:8080/                          | loopback
            http://[0:0:0:0:0:0:0:1]/                   | loopback
            http://10.0.0.1/                            | private
            http://172.16.5.4/                          | private
            http://172.31.255.255/                      | private
            http://192.168.1.1/                         | private
            http://[fd00::1]/                           | unique local
            http://[fe80::1]/                           | link-local
            http://0.0.0.0:8080/                        | unspecified
            http://[::]/                                | unspecified
            http://224.0.0.1/                           | multicast
            http://[ff02::1]/                           | multicast
            http://100.64.0.1/                          | carrier-grade
            http://240.0.0.1/                           | reserved
            http://255.255.255.255/                     | reserved
            http://198.18.0.1/                          | reserved
            http://[::ffff:127.0.0.1]/                  | loopback
            http://[::ffff:7f00:1]/                     | loopback
            http://[::ffff:a00:1]/                      | private
            http://[::127.0.0.1]/                       | IPv4-compatible
            http://[64:ff9b::a9fe:a9fe]/                | NAT64
            http://[2002:7f00:1::]/                     | 6to4
            http://2130706433/                          | four decimal numbers
            http://0x7f000001/                          | four decimal numbers
            http://0x7f.0.0.1/                          | valid host
            http://0177.0.0.1/                          | four decimal numbers
            http://127.1/                               | valid host
            http://017700000001/                        | four decimal numbers
            http://127.0.0.1./                          | valid host
            ftp://hooks.supplier.example/               | http(s) URL
            file:///etc/passwd                          | http(s) URL
            hooks.supplier.example/orders               | http(s) URL
            http://user:pw@hooks.supplier.example/      | user name
            http://exa_mple.com/                        | valid host
            """)
    // "valid host": java.net.URI itself does not take 0x7f.0.0.1, 127.1 or 127.0.0.1. for a host name
    void refusesWhatCouldReachInsideTheNetworkWhenSaved(String url, String reason) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(RefusedTarget.class).hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.supplier.example/orders", "http://93.184.215.14:8443/x",
            "https://[2606:2800:220:1:248:1893:25c8:1946]/", "https://HOOKS.supplier.example./orders?a=1",
            "http://erp.internal:8080/po", "http://127.0.0.1:9999/allow-listed"})
    void acceptsPublicTargetsAndAllowListedHosts(String url) {
        assertThat(guard.check(url)).isNotNull();
    }

    @Test
    void checksEveryAddressANameResolvesToWhenCalled() {
        assertThat(guard.resolve("hooks.supplier.example")).hasSize(1);
        assertThatThrownBy(() -> guard.resolve("rebinding.example")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> guard.resolve("metadata.example")).hasMessageContaining("link-local");
        assertThatThrownBy(() -> guard.resolve("half-inside.example")).hasMessageContaining("private");
        assertThatThrownBy(() -> guard.resolve("unknown.example")).hasMessageContaining("does not resolve");
        assertThatThrownBy(() -> guard.resolve("10.0.0.1")).hasMessageContaining("private");
    }

    @Test
    void anAllowListedHostMayResolveInside() {
        assertThat(guard.resolve("erp.internal")[0].getHostAddress()).isEqualTo("10.1.2.3");
        assertThat(guard.resolve("ERP.internal.")[0].getHostAddress()).isEqualTo("10.1.2.3");
        assertThat(guard.resolve("127.0.0.1")[0].isLoopbackAddress()).isTrue();
    }
}
