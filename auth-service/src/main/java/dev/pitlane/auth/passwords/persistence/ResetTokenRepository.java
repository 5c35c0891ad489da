package dev.pitlane.auth.passwords.persistence;

import dev.pitlane.auth.passwords.application.PasswordResetNotifier;
import dev.pitlane.auth.passwords.application.ResetTokenStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
class ResetTokenRepository implements ResetTokenStore {

    private final JdbcClient jdbc;

    ResetTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(UUID id, UUID organizationId, UUID userId, String tokenHash,
                       PasswordResetNotifier.Purpose purpose, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO password_reset_tokens (id, organization_id, user_id, token_hash, purpose,
                                                           created_at, expires_at)
                        VALUES (:id, :org, :user, :hash, :purpose, :created, :expires)""")
                .param("id", id).param("org", organizationId).param("user", userId).param("hash", tokenHash)
                .param("purpose", purpose.name()).param("created", Timestamp.from(createdAt))
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    @Override
    public Optional<UUID> organizationOf(String tokenHash) {
        return jdbc.sql("SELECT o FROM auth_organization_of_reset_token(:hash) AS o WHERE o IS NOT NULL")
                .param("hash", tokenHash)
                .query((rs, i) -> rs.getObject(1, UUID.class)).optional();
    }

    @Override
    public Optional<ResetToken> lock(UUID organizationId, String tokenHash) {
        return jdbc.sql("""
                        SELECT id, organization_id, user_id, purpose, expires_at, used_at FROM password_reset_tokens
                        WHERE organization_id = :org AND token_hash = :hash FOR UPDATE""")
                .param("org", organizationId).param("hash", tokenHash)
                .query((rs, i) -> new ResetToken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), PasswordResetNotifier.Purpose.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    @Override
    public void useAll(UUID organizationId, UUID userId, Instant at) {
        jdbc.sql("""
                        UPDATE password_reset_tokens SET used_at = :at
                        WHERE organization_id = :org AND user_id = :user AND used_at IS NULL""")
                .param("at", Timestamp.from(at)).param("org", organizationId).param("user", userId).update();
    }
}
