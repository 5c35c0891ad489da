package dev.pitlane.procurement.purchaseorder.notification;

import dev.pitlane.platform.outbound.OutboundHttp;
import dev.pitlane.procurement.purchaseorder.application.OrderNotice;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotifier;
import dev.pitlane.procurement.supplier.application.SupplierSnapshot;
import dev.pitlane.procurement.supplier.domain.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs the order to the supplier's endpoint. The receiver checks {@code X-Pitlane-Signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA256 of "<t>.<body>" with the shared secret>}, rejects old timestamps to stop replays, and
 * drops repeated {@code X-Pitlane-Delivery} ids. Sent through the platform's {@link OutboundHttp}: only to public
 * addresses (or allow-listed hosts), checked when the connection is made, no redirects followed.
 */
@Component
class WebhookSupplierNotifier implements SupplierNotifier {

    static final String SIGNATURE_HEADER = "X-Pitlane-Signature";
    static final String DELIVERY_HEADER = "X-Pitlane-Delivery";
    static final String EVENT_HEADER = "X-Pitlane-Event";
    /**
     * What the notification log says of a failure, whatever it was: the URL is the buyer's to choose, so telling a
     * refused connection from an answer would make the log a scanner of the network the service runs in. The
     * reason is in the service's own log.
     */
    static final String NOT_DELIVERED = "Not delivered: the supplier's endpoint did not accept the notice";

    private static final Logger log = LoggerFactory.getLogger(WebhookSupplierNotifier.class);

    private final OutboundHttp http;
    private final JsonMapper mapper;
    private final Clock clock;

    WebhookSupplierNotifier(OutboundHttp http, JsonMapper mapper, Clock clock) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
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
        OutboundHttp.Delivery delivery = http.postJson(supplier.webhookUrl(), Map.of(
                EVENT_HEADER, "purchase-order.ordered",
                DELIVERY_HEADER, notice.deliveryId().toString(),
                SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + sign(supplier.webhookSecret(), timestamp + "." + json)),
                json);
        if (!delivery.delivered()) {
            log.warn("Webhook of supplier {} not delivered: {} (HTTP status {})", supplier.id(), delivery.outcome(),
                    delivery.status());
            throw new SupplierNotificationFailed(NOT_DELIVERED);
        }
        return "Delivered to the supplier's endpoint";
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
