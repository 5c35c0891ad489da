package dev.pitlane.procurement.purchaseorder;

import com.sun.net.httpserver.HttpServer;
import dev.pitlane.testsupport.Await;
import dev.pitlane.procurement.support.Flows.Item;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static dev.pitlane.procurement.support.Flows.orderedPo;
import static dev.pitlane.procurement.support.Flows.poLine;
import static org.assertj.core.api.Assertions.assertThat;

/** A supplier with a webhook hears of its orders, signed; a failing endpoint is recorded and can be retried. */
class SupplierNotificationTest extends ProcurementTestBase {

    private static final String SECRET = "castrol-shared-secret-2025";

    private HttpServer supplierEndpoint;
    private final List<Map<String, String>> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void startSupplierEndpoint() throws Exception {
        supplierEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        supplierEndpoint.createContext("/orders", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            deliveries.add(Map.of("body", body,
                    "signature", exchange.getRequestHeaders().getFirst("X-Pitlane-Signature"),
                    "delivery", exchange.getRequestHeaders().getFirst("X-Pitlane-Delivery")));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        supplierEndpoint.start();
    }

    @AfterEach
    void stopSupplierEndpoint() {
        supplierEndpoint.stop(0);
    }

    private String webhookSupplier(Org org) {
        var r = org.officer().post("/api/v1/suppliers", Json.of("name", "Castrol India", "paymentTermsDays", 30,
                "leadTimeDays", 3, "notificationChannel", "WEBHOOK", "webhookUrl",
                "http://127.0.0.1:" + supplierEndpoint.getAddress().getPort() + "/orders", "webhookSecret", SECRET));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json("$.id");
    }

    private static String hmac(String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOrderedPurchaseOrderIsPostedSignedToTheSupplier() throws Exception {
        Org org = newOrg();
        String po = orderedPo(org, webhookSupplier(org), List.of(poLine(Item.random("EO-5001"), 24, 449, 18)));
        var sent = Await.until("the supplier notified", () -> org.officer().get("/api/v1/purchase-orders/" + po
                + "/supplier-notifications"), r -> !r.<List<?>>json("$").isEmpty());
        assertThat(sent.<String>json("$[0].status")).isEqualTo("SENT");
        assertThat(sent.<String>json("$[0].channel")).isEqualTo("WEBHOOK");
        assertThat(deliveries).hasSize(1);
        Map<String, String> delivery = deliveries.get(0);
        assertThat(delivery.get("body")).contains(po).contains("\"event\":\"purchase-order.ordered\"")
                .contains("EO-5001");
        String[] parts = delivery.get("signature").split(",");
        String timestamp = parts[0].substring("t=".length());
        assertThat(parts[1]).isEqualTo("v1=" + hmac(timestamp + "." + delivery.get("body")));
        assertThat(delivery.get("delivery")).isNotBlank();
    }

    @Test
    void aFailingEndpointIsRecordedAndTheNoticeCanBeSentAgain() {
        Org org = newOrg();
        answer.set(503);
        String po = orderedPo(org, webhookSupplier(org), List.of(poLine(Item.random("EO-5001"), 1, 449, 18)));
        var failed = Await.until("the attempt recorded", () -> org.officer().get("/api/v1/purchase-orders/" + po
                + "/supplier-notifications"), r -> !r.<List<?>>json("$").isEmpty());
        assertThat(failed.<String>json("$[0].status")).isEqualTo("FAILED");
        assertThat(failed.<String>json("$[0].detail")).as("the endpoint's answer is not echoed")
                .isEqualTo("Not delivered: the supplier's endpoint did not accept the notice");
        assertThat(org.officer().get("/api/v1/purchase-orders/" + po).<String>json("$.status")).isEqualTo("ORDERED");

        answer.set(200);
        int before = deliveries.size();
        String key = java.util.UUID.randomUUID().toString();
        var resent = org.officer().post("/api/v1/purchase-orders/" + po + "/supplier-notifications", null,
                "Idempotency-Key", key);
        assertThat(resent.status()).isEqualTo(201);
        assertThat(resent.<String>json("$.status")).isEqualTo("SENT");
        var retried = org.officer().post("/api/v1/purchase-orders/" + po + "/supplier-notifications", null,
                "Idempotency-Key", key);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.body()).isEqualTo(resent.body());
        assertThat(deliveries).as("the retry sends no second webhook").hasSize(before + 1);
        assertThat(org.staff().post("/api/v1/purchase-orders/" + po + "/supplier-notifications", null).status())
                .isEqualTo(403);
    }

    @Test
    void onlyOrderedPurchaseOrdersAreSent() {
        Org org = newOrg();
        String supplier = webhookSupplier(org);
        String draft = org.officer().post("/api/v1/purchase-orders", Json.of("supplierId", supplier,
                "deliveryLocationId", Org.CENTRAL_WAREHOUSE.toString(), "lines",
                List.of(poLine(Item.random("X-1"), 1, 1, 0)))).json("$.id");
        var r = org.officer().post("/api/v1/purchase-orders/" + draft + "/supplier-notifications", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.<String>json("$.code")).isEqualTo("not-ordered");
        assertThat(deliveries).isEmpty();
    }
}
