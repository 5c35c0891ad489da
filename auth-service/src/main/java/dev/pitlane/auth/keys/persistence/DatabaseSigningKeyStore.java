package dev.pitlane.auth.keys.persistence;

import dev.pitlane.auth.keys.application.SigningKeyStore;
import dev.pitlane.auth.keys.domain.KeyRing;
import dev.pitlane.auth.keys.domain.SigningKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys kept in the auth database, private halves encrypted. Creation and rotation take a transaction-scoped
 * advisory lock, so replicas starting or rotating together make exactly one new key.
 */
final class DatabaseSigningKeyStore implements SigningKeyStore {

    /** Arbitrary constant naming the advisory lock of key changes. */
    private static final long KEY_LOCK = 0x7e57_4b45_59L;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PrivateKeyCipher cipher;
    private final Duration accessTokenTtl;
    private final Duration rotationPeriod;
    /** Decrypting is deliberately slow (PBKDF2): each active key is decrypted once per replica. */
    private final Map<String, RSAPrivateKey> decrypted = new ConcurrentHashMap<>();

    DatabaseSigningKeyStore(JdbcClient jdbc, TransactionTemplate transactions, PrivateKeyCipher cipher,
                            Duration accessTokenTtl, Duration rotationPeriod) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.accessTokenTtl = accessTokenTtl;
        this.rotationPeriod = rotationPeriod;
    }

    @Override
    public KeyRing load(Instant now) {
        KeyRing ring = read(now);
        if (ring != null) {
            return ring;
        }
        transactions.executeWithoutResult(status -> {
            lock();
            if (activeKid() == null) {
                insertActive(now);
            }
        });
        return read(now);
    }

    @Override
    public KeyRing rotate(Instant now) {
        transactions.executeWithoutResult(status -> {
            lock();
            retireActive(now);
            insertActive(now);
        });
        return read(now);
    }

    @Override
    public KeyRing rotateIfDue(Instant now) {
        transactions.executeWithoutResult(status -> {
            lock();
            Instant created = jdbc.sql("SELECT created_at FROM signing_keys WHERE status = 'ACTIVE'")
                    .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
            if (KeyRing.rotationDue(created, rotationPeriod, now)) {
                retireActive(now);
                insertActive(now);
            }
            jdbc.sql("DELETE FROM signing_keys WHERE status = 'RETIRED' AND publish_until < :now")
                    .param("now", Timestamp.from(now)).update();
        });
        return read(now);
    }

    @Override
    public boolean rotatable() {
        return true;
    }

    private KeyRing read(Instant now) {
        List<Row> rows = jdbc.sql("""
                        SELECT kid, public_key, private_key, status, created_at, publish_until FROM signing_keys
                        WHERE status = 'ACTIVE' OR publish_until > :now ORDER BY created_at DESC""")
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3),
                        "ACTIVE".equals(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
        Row active = rows.stream().filter(Row::active).findFirst().orElse(null);
        if (active == null) {
            return null;
        }
        List<SigningKey> keys = rows.stream().map(r -> new SigningKey(r.kid, RsaKeys.publicKeyFromX509(r.publicKey),
                r.active ? decrypted.computeIfAbsent(r.kid, kid -> RsaKeys.privateKeyFromPkcs8(
                        cipher.decrypt(kid, r.privateKey))) : null,
                r.createdAt, r.active, r.publishUntil)).toList();
        return new KeyRing(keys.stream().filter(SigningKey::active).findFirst().orElseThrow(), keys);
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", KEY_LOCK).query(Object.class).single();
    }

    private String activeKid() {
        return jdbc.sql("SELECT kid FROM signing_keys WHERE status = 'ACTIVE'").query(String.class).optional()
                .orElse(null);
    }

    private void retireActive(Instant now) {
        jdbc.sql("""
                        UPDATE signing_keys SET status = 'RETIRED', retired_at = :now, publish_until = :until
                        WHERE status = 'ACTIVE'""")
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(KeyRing.publishUntil(now, accessTokenTtl, CLOCK_SKEW)))
                .update();
    }

    private void insertActive(Instant now) {
        KeyPair pair = RsaKeys.generate();
        String kid = KID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO signing_keys (kid, algorithm, public_key, private_key, status, created_at)
                        VALUES (:kid, 'RS256', :pub, :priv, 'ACTIVE', :now)""")
                .param("kid", kid)
                .param("pub", pair.getPublic().getEncoded())
                .param("priv", cipher.encrypt(kid, pair.getPrivate().getEncoded()))
                .param("now", Timestamp.from(now))
                .update();
    }

    private record Row(String kid, byte[] publicKey, byte[] privateKey, boolean active, Instant createdAt,
                       Instant publishUntil) {
    }
}
