package dev.pitlane.workshop.quotation.domain;

import dev.pitlane.platform.domain.DomainException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs and checks the links a customer approves a quotation with, without a login: the link is
 * {@code base64url(claims) "." base64url(HMAC-SHA256(claims))} under the deployment's secret. A link whose
 * signature does not match (forged, altered, signed with another secret) is unknown; one past its expiry is
 * refused. That a link is used once, and only on its own organization's quotation, the caller checks against
 * the database (the claims name both).
 */
public final class ApprovalLinks {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public ApprovalLinks(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The approval link secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public String sign(ApprovalLinkClaims claims) {
        String payload = String.join("|", VERSION, claims.organizationId().toString(),
                claims.quotationId().toString(), Integer.toString(claims.version()),
                Long.toString(claims.expiresAt().getEpochSecond()), claims.nonce().toString());
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
    }

    /** The claims of a genuine, unexpired link; a 404 {@code approval-link-invalid} or 409 {@code -expired} else. */
    public ApprovalLinkClaims verify(String token, Instant now) {
        ApprovalLinkClaims claims = parse(token);
        if (!now.isBefore(claims.expiresAt())) {
            throw DomainException.conflict("approval-link-expired", "This approval link has expired; ask the "
                    + "service center for a new one");
        }
        return claims;
    }

    private ApprovalLinkClaims parse(String token) {
        try {
            int dot = token.indexOf('.');
            byte[] payload = DECODE.decode(token.substring(0, dot));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                throw invalid();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            return new ApprovalLinkClaims(UUID.fromString(parts[1]), UUID.fromString(parts[2]),
                    Integer.parseInt(parts[3]), Instant.ofEpochSecond(Long.parseLong(parts[4])),
                    UUID.fromString(parts[5]));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private static DomainException invalid() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "approval-link-invalid",
                "This approval link is not valid");
    }
}
