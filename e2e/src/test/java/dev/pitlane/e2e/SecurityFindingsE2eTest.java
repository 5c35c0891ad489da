package dev.pitlane.e2e;

import com.sun.net.httpserver.HttpServer;
import dev.pitlane.devstack.Suite;
import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.RawHttp;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.pitlane.e2e.Responses.assertProblem;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The findings of the black-box probe (issue 21), each checked through the gateway as the prober saw it. */
class SecurityFindingsE2eTest {

    private static String randomAddress(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static TestHttp.Response signIn(String email, String password, String clientAddress) {
        // the test runs on loopback, the trusted proxy in front of the gateway here: it names the client's address
        return E2eSuite.gateway().post("/api/v1/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password), "X-Forwarded-For", clientAddress);
    }

    @Test
    void d1FailedSignInsFromOneAddressNeitherLockOutOthersNorHideWhereTheyCameFrom() {
        Tenants.Org org = Tenants.newOrganization();
        Tenants.Member member = Tenants.newMember(org, "STAFF");
        String guesser = randomAddress("198.51.100.");
        String office = randomAddress("203.0.113.");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String email = i < 2 ? member.email() : "nobody-" + UUID.randomUUID() + "@e2e.test";
            statuses.add(signIn(email, "wrong-password-" + i, guesser).status());
        }
        assertThat(statuses.subList(0, 10)).as("the free failures").containsOnly(401);
        assertThat(statuses.subList(10, 25)).as("then the address waits longer and longer").containsOnly(401, 429)
                .contains(429);

        assertThat(signIn(member.email(), Tenants.PASSWORD, office).status()).as("from another address")
                .isEqualTo(200);
        assertThat(signIn("storekeeper@demo-motors.local", Suite.DEMO_PASSWORD, office).status())
                .as("another tenant's user").isEqualTo(200);

        List<Map<String, Object>> activity = ok(org.admin().get("/api/v1/activity?userId=" + member.id()), 200)
                .json("$.items");
        assertThat(activity).filteredOn(a -> "LOGIN_FAILED".equals(a.get("type")))
                .extracting(a -> a.get("sourceAddress")).containsOnly(guesser).hasSize(2);
        // the member's first sign-in, when the test made it, came from the test itself (loopback, no proxy header)
        assertThat(activity).filteredOn(a -> "LOGIN_SUCCEEDED".equals(a.get("type")))
                .extracting(a -> a.get("sourceAddress")).containsExactly(office, "127.0.0.1");

        TestHttp platform = E2eSuite.as(Suite.SUPER_ADMIN);
        List<Map<String, Object>> throttles = ok(platform.get("/api/v1/auth/address-throttles?limit=1000"), 200)
                .json("$");
        assertThat(throttles).filteredOn(t -> guesser.equals(t.get("address"))).singleElement()
                .satisfies(t -> assertThat((Integer) t.get("failures")).isGreaterThanOrEqualTo(11));
        assertThat(throttles).extracting(t -> t.get("address")).doesNotContain(office, "127.0.0.1");
        assertProblem(org.admin().get("/api/v1/auth/address-throttles"), 403, "forbidden");
        assertThat(platform.delete("/api/v1/auth/address-throttles/" + guesser).status()).isEqualTo(204);
        assertThat(signIn(member.email(), Tenants.PASSWORD, guesser).status()).as("lifted").isEqualTo(200);
    }

    private static final List<String> INSIDE = List.of("http://169.254.169.254/latest/meta-data/",
            "http://127.0.0.1:8081/actuator/health", "http://localhost:8084/api/v1/suppliers", "http://[::1]:8080/",
            "http://10.0.0.1/", "http://2130706433/", "http://0.0.0.0:8080/", "http://[::ffff:127.0.0.1]/",
            "http://0x7f000001/", "http://[fd00::1]/", "http://100.64.0.1/", "http://224.0.0.1/");

    private static String supplier(String name, String webhookUrl) {
        return """
                {"name":"%s","paymentTermsDays":30,"leadTimeDays":7,"notificationChannel":"WEBHOOK",\
                "webhookUrl":"%s","webhookSecret":"e2e-webhook-secret-0123"}""".formatted(name, webhookUrl);
    }

    @Test
    void d2AWebhookCannotPointInsideTheNetworkWhenSavedNorWhenSent() throws Exception {
        Flows f = new Flows();
        String name = "Webhook Supplier " + UUID.randomUUID().toString().substring(0, 6);
        TestHttp.Response made = ok(f.procurement.post("/api/v1/suppliers",
                supplier(name, "https://orders.supplier.example/po")), 201);
        String id = made.json("$.id");
        for (String url : INSIDE) {
            TestHttp.Response created = f.procurement.post("/api/v1/suppliers", supplier(name + " x", url));
            assertProblem(created, 400, "validation-failed");
            assertThat(created.<String>json("$.errors[0].field")).as(url).isEqualTo("webhookUrl");
            TestHttp.Response updated = f.procurement.put("/api/v1/suppliers/" + id, supplier(name, url)
                    .replace("}", ",\"version\":0}"));
            assertProblem(updated, 400, "validation-failed");
            assertThat(updated.<String>json("$.errors[0].field")).as(url).isEqualTo("webhookUrl");
        }

        // a name that passes the check when saved but resolves to loopback when the notice is sent
        String loopbackName = InetAddress.getLocalHost().getHostName();
        assumeThat(InetAddress.getByName(loopbackName).isLoopbackAddress())
                .as("this machine's name resolves to loopback (/etc/hosts)").isTrue();
        AtomicInteger received = new AtomicInteger();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/orders", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        endpoint.start();
        try {
            String rebinding = ok(f.procurement.post("/api/v1/suppliers", supplier(name + " rebinding",
                    "http://" + loopbackName + ":" + endpoint.getAddress().getPort() + "/orders")), 201).json("$.id");
            String item = f.createItem(f.pcsUnit(), "Brake pad");
            String po = f.orderedPurchaseOrder(rebinding, List.of(item), List.of(1), List.of("100.00")).json("$.id");
            TestHttp.Response attempts = Await.until("the notice attempted", Flows.EVENTUALLY, () -> f.procurement.get(
                    "/api/v1/purchase-orders/" + po + "/supplier-notifications"), r -> !r.<List<?>>json("$").isEmpty());
            assertThat(attempts.<String>json("$[0].status")).isEqualTo("FAILED");
            assertThat(attempts.<String>json("$[0].detail")).as("neutral, the same for every failure")
                    .isEqualTo("Not delivered: the supplier's endpoint did not accept the notice");
            assertThat(received).as("nothing reached the loopback endpoint").hasValue(0);
        } finally {
            endpoint.stop(0);
        }
    }

    @Test
    void d3NumbersBeyondTheLedgerAre400NamingTheField() {
        TestHttp admin = E2eSuite.as("admin@demo-motors.local");
        String[][] cases = {{"1e30", "1", "lines[0].quantity"}, {"2e15", "1", "lines[0].quantity"},
                {"1", "1e30", "lines[0].unitCost"}};
        for (String[] c : cases) {
            TestHttp.Response r = admin.post("/api/v1/stock/movements", """
                    {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":%s,"unitCost":%s}]}"""
                    .formatted(Flows.CENTRAL, UUID.randomUUID(), c[0], c[1]), "Idempotency-Key", Flows.key());
            assertProblem(r, 400, "validation-failed");
            assertThat(r.<String>json("$.errors[0].field")).isEqualTo(c[2]);
        }
    }

    @Test
    void d4AMalformedOriginIsRefusedWithoutCorsHeadersNeverA500() {
        String origin = "http://localhost:3000.evil.example";
        TestHttp.Response preflight = E2eSuite.gateway().send("OPTIONS", "/api/v1/items", null, "Origin", origin,
                "Access-Control-Request-Method", "GET");
        assertProblem(preflight, 403, "forbidden");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        for (TestHttp caller : List.of(E2eSuite.gateway(), E2eSuite.as("admin@demo-motors.local"))) {
            TestHttp.Response simple = caller.get("/api/v1/items", "Origin", origin);
            assertProblem(simple, 403, "forbidden");
            assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void d5MetricsAreNotOnTheGatewaysPublicPort() {
        assertProblem(E2eSuite.gateway().get("/actuator/prometheus"), 404, "not-found");
        assertProblem(E2eSuite.as("admin@demo-motors.local").get("/actuator/prometheus"), 404, "not-found");
        assertThat(E2eSuite.gateway().get("/actuator").status()).isIn(401, 404);
        Suite suite = E2eSuite.get();
        int management = suite.managementPort(suite.service("gateway").spec());
        assertThat(TestHttp.at("http://127.0.0.1:" + management).get("/actuator/prometheus").body())
                .as("on the management port").contains("spring_cloud_gateway_requests_seconds");
    }

    @Test
    void d6WhatTheGatewayRefusesBeforeRoutingIsAProblemWithACode() throws Exception {
        int port = E2eSuite.get().port("gateway");
        for (String path : List.of("/api/v1/items/%2F..%2Factuator", "/api/v1/%2e%2e/actuator/health",
                "/api/v1/items/..;/actuator", "/api/v1/items/%00", "/api/v1/items/%5c..%5cactuator",
                "/api/v1/items/%252e%252e/actuator", "/api/v1/../actuator/prometheus")) {
            RawHttp.Answer a = RawHttp.send("127.0.0.1", port, "GET " + path + " HTTP/1.1", "");
            assertThat(a.isProblem(400, "request-rejected")).as(path + ": " + a).isTrue();
        }
        RawHttp.Answer trace = RawHttp.send("127.0.0.1", port, "TRACE /api/v1/items HTTP/1.1", "");
        assertThat(trace.isProblem(400, "request-rejected")).as(trace.toString()).isTrue();
        RawHttp.Answer longUrl = RawHttp.send("127.0.0.1", port, "GET /api/v1/items?q=" + "a".repeat(20_000)
                + " HTTP/1.1", "");
        assertThat(longUrl.isProblem(414, "uri-too-long")).as(longUrl.toString()).isTrue();
        RawHttp.Answer bigHeader = RawHttp.send("127.0.0.1", port, "GET /api/v1/items HTTP/1.1",
                "X-Big: " + "b".repeat(40_000) + "\r\n");
        assertThat(bigHeader.isProblem(431, "request-header-fields-too-large")).as(bigHeader.toString()).isTrue();
    }

    @Test
    void anOrganizationsAdminChangesItsOwnStockAndPurchasingSettingsOnly() {
        Tenants.Org mine = Tenants.newOrganization();
        Tenants.Org other = Tenants.newOrganization();
        TestHttp.Response purchasing = ok(mine.admin().put("/api/v1/purchase-orders/settings",
                "{\"approvalLimit\":250000.00,\"overReceiptTolerancePercent\":5,\"version\":0}"), 200);
        assertThat(new BigDecimal(purchasing.json("$.approvalLimit").toString())).isEqualByComparingTo("250000");
        ok(mine.admin().put("/api/v1/stock/settings",
                "{\"allowNegativeStock\":true,\"valuationMethod\":\"FIFO\"}"), 200);

        ok(other.admin().put("/api/v1/purchase-orders/settings",
                "{\"approvalLimit\":1.00,\"overReceiptTolerancePercent\":0,\"version\":0}"), 200);
        ok(other.admin().put("/api/v1/stock/settings",
                "{\"allowNegativeStock\":false,\"valuationMethod\":\"MOVING_AVERAGE\"}"), 200);

        TestHttp.Response mineNow = ok(mine.admin().get("/api/v1/purchase-orders/settings"), 200);
        assertThat(new BigDecimal(mineNow.json("$.approvalLimit").toString())).as("untouched by the other admin")
                .isEqualByComparingTo("250000");
        TestHttp.Response stockNow = ok(mine.admin().get("/api/v1/stock/settings"), 200);
        assertThat(stockNow.<Boolean>json("$.allowNegativeStock")).isTrue();
        assertThat(stockNow.<String>json("$.valuationMethod")).isEqualTo("FIFO");
        assertProblem(Tenants.newMember(mine, "PROCUREMENT_OFFICER").http().put("/api/v1/purchase-orders/settings",
                "{\"approvalLimit\":1.00,\"overReceiptTolerancePercent\":0,\"version\":1}"), 403, "forbidden");
    }
}
