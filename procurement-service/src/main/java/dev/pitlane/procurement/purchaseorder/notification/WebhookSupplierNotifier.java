package dev.pitlane.procurement.purchaseorder.notification;

import dev.pitlane.procurement.purchaseorder.application.OrderNotice;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotifier;
import dev.pitlane.procurement.supplier.application.SupplierSnapshot;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs the order to the supplier's endpoint. The receiver checks {@code X-Pitlane-Signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA256 of "<t>.<body>" with the shared secret>}, rejects old timestamps to stop replays, and
 * drops repeated {@code X-Pitlane-Delivery} ids.
 */
@Component
class WebhookSupplierNotifier implements SupplierNotifier {

    static final String SIGNATURE_HEADER = "X-Pitlane-Signature";
    static final String DELIVERY_HEADER = "X-Pitlane-Delivery";
    static final String EVENT_HEADER = "X-Pitlane-Event";

    private final HttpClient client;
    private final JsonMapper mapper;
    private final Clock clock;
    private final Duration timeout;

    WebhookSupplierNotifier(JsonMapper mapper, Clock clock,
                            @Value("${pitlane.procurement.webhook.timeout:3s}") Duration timeout) {
        this.mapper = mapper;
        this.clock = clock;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WEBHOOK;
    }

    @Override
    public String send(SupplierSnapshot supplier, OrderNotice notice) {
        if (supplier.webhookUrl() == null || supplier.webhookSecret() == null) {
            throw new SupplierNotificationFailed("the supplier has no webhook URL or secret");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "purchase-order.ordered");
        body.put("purchaseOrder", notice);
        String json = mapper.writeValueAsString(body);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(supplier.webhookUrl()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(EVENT_HEADER, "purchase-order.ordered")
                .header(DELIVERY_HEADER, notice.deliveryId().toString())
                .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + sign(supplier.webhookSecret(),
                        timestamp + "." + json))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new SupplierNotificationFailed("could not reach " + supplier.webhookUrl() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SupplierNotificationFailed("interrupted while calling " + supplier.webhookUrl(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SupplierNotificationFailed(supplier.webhookUrl() + " answered HTTP " + response.statusCode());
        }
        return "HTTP " + response.statusCode() + " from " + supplier.webhookUrl();
    }

    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
