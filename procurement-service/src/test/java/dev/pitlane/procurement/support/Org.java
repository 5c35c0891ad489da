package dev.pitlane.procurement.support;

import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;

import java.util.UUID;

/**
 * An organization and the people a test acts as, with the permissions the suite's roles give them (only the
 * permissions matter to this service; roles are there as auth-service would send them).
 */
public final class Org {

    public static final UUID CENTRAL_WAREHOUSE = UUID.fromString("7e57da7a-0000-4000-8000-000000000201");
    public static final UUID ANDHERI = UUID.fromString("7e57da7a-0000-4000-8000-000000000101");
    public static final UUID ANDHERI_STORE = UUID.fromString("7e57da7a-0000-4000-8000-000000000202");
    public static final UUID WHITEFIELD = UUID.fromString("7e57da7a-0000-4000-8000-000000000102");
    public static final UUID WHITEFIELD_STORE = UUID.fromString("7e57da7a-0000-4000-8000-000000000203");

    private static final TestTokens TOKENS = TestTokens.issuer();

    public final UUID id;
    private final TestHttp http;

    public Org(UUID id, TestHttp http) {
        this.id = id;
        this.http = http;
    }

    public TestHttp as(String subject, String role, String... permissions) {
        return http.withToken(TOKENS.user(id).subject(subject).roles(role).permissions(permissions).mint());
    }

    public TestHttp admin() {
        return as("admin-" + id, "ORG_ADMIN", "supplier:read", "supplier:write", "purchase-order:read",
                "purchase-order:write", "purchase-order:approve", "purchase-order:approve-unlimited",
                "purchase-order:receive", "parts-issue:read", "parts-issue:request", "parts-issue:approve",
                "parts-issue:dispatch", "parts-issue:receive", "shipment:read", "shipment:track",
                "procurement-report:read", "settings:manage");
    }

    /** Buys: writes suppliers and orders, approves up to the limit. */
    public TestHttp officer() {
        return officer("officer-" + id);
    }

    public TestHttp officer(String subject) {
        return as(subject, "PROCUREMENT_OFFICER", "supplier:read", "supplier:write", "purchase-order:read",
                "purchase-order:write", "purchase-order:approve", "parts-issue:read", "parts-issue:approve",
                "parts-issue:dispatch", "shipment:read", "procurement-report:read");
    }

    /** Works at the central warehouse: receives suppliers' goods and dispatches parts issues. */
    public TestHttp warehouse() {
        return as("warehouse-" + id, "STORE_KEEPER", "purchase-order:read", "purchase-order:receive",
                "parts-issue:read", "parts-issue:dispatch", "shipment:read");
    }

    /** A store keeper bound to one service center. */
    public TestHttp storeKeeper(UUID center) {
        return http.withToken(TOKENS.user(id).subject("keeper-" + center + "-" + id).roles("STORE_KEEPER")
                .permissions("parts-issue:read", "parts-issue:request", "parts-issue:receive", "shipment:read")
                .serviceCenters(center).mint());
    }

    public TestHttp staff() {
        return as("staff-" + id, "STAFF", "supplier:read", "purchase-order:read", "parts-issue:read",
                "shipment:read");
    }

    /** A carrier's client token. */
    public TestHttp carrier() {
        return as("client:bluedart", "PARTNER", "shipment:track", "shipment:read");
    }
}
