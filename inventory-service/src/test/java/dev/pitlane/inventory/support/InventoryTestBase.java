package dev.pitlane.inventory.support;

import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.PitlaneIntegrationTest;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One Spring context (one database, one broker) for every integration test class. Each test makes its own tenant. */
@PitlaneIntegrationTest
public abstract class InventoryTestBase {

    public static final String[] ALL_PERMISSIONS = {"item:read", "item:write", "location:read", "location:write",
            "stock:read", "stock:post", "stock:adjust", "stock:reserve", "stock:count", "valuation:read",
            "settings:manage"};

    @LocalServerPort
    protected int port;

    @Autowired
    protected OwnerDatabase db;

    protected final TestTokens tokens = TestTokens.issuer();

    protected Tenant newTenant() {
        return new Tenant(this, UUID.randomUUID());
    }

    public TestHttp http() {
        return TestHttp.at("http://127.0.0.1:" + port);
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    public static BigDecimal dec(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    public static void assertStatus(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
    }
}
