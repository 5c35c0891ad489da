package dev.pitlane.billing.paymentgateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The check every inbound payment webhook passes before anything is read from it, failing closed: a provider with no
 * secret configured, a missing or malformed header, a signature that is not HMAC-SHA256 of
 * {@code <timestamp>.<raw body>} under the secret, or a timestamp more than the tolerance away from now — each is
 * refused. The comparison takes the same time whatever the signature, so a forger learns nothing from timing.
 */
public final class WebhookSignature {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    /** @throws WebhookRefused with the reason, when the delivery is not to be trusted */
    public static void verify(String secret, String timestampHeader, String signatureHeader, byte[] body,
                              Instant now) {
        if (secret == null || secret.isBlank()) {
            throw new WebhookRefused("webhook.secret-not-configured",
                    "no webhook secret is configured for this provider: every delivery is refused");
        }
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith(SCHEME)) {
            throw new WebhookRefused("webhook.unsigned", "Webhook-Timestamp and Webhook-Signature (v1=<hex>) are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            throw new WebhookRefused("webhook.unsigned", "Webhook-Timestamp is seconds since the epoch");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
        byte[] expected = sign(secret, timestampHeader.trim(), body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring(SCHEME.length()).trim());
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new WebhookRefused("webhook.invalid-signature", "the signature does not match the body");
        }
        if (age.compareTo(TOLERANCE) > 0) {
            throw new WebhookRefused("webhook.stale", "the delivery is signed " + age.toSeconds()
                    + " s away from now; at most " + TOLERANCE.toSeconds() + " s are accepted");
        }
    }

    /** HMAC-SHA256 over {@code <timestamp>.<body>}: what a provider sends as {@code v1=<hex>}. */
    public static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public static String header(String secret, String timestamp, byte[] body) {
        return SCHEME + HexFormat.of().formatHex(sign(secret, timestamp, body));
    }
}
