package dev.pitlane.auth.keys.domain;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

/**
 * An RSA key that signs tokens (RS256).
 *
 * @param createdAt    null for a key read from a file
 * @param publishUntil for a retired key: when the last token it signed has expired; null while active in the
 *                     database, {@link Instant#MAX} for a key file (published while the file is there)
 */
public record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant createdAt,
                         boolean active, Instant publishUntil) {

    public boolean publishedAt(Instant now) {
        return active || (publishUntil != null && publishUntil.isAfter(now));
    }
}
