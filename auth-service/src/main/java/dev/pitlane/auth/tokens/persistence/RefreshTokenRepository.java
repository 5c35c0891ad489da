package dev.pitlane.auth.tokens.persistence;

import dev.pitlane.auth.tokens.application.RefreshTokenStore;
import dev.pitlane.auth.tokens.domain.RefreshToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
class RefreshTokenRepository implements RefreshTokenStore {

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(RefreshToken t, String tokenHash) {
        jdbc.sql("""
                        INSERT INTO refresh_tokens (id, organization_id, family_id, user_id, token_hash, issued_at,
                                                    expires_at, family_expires_at)
                        VALUES (:id, :org, :family, :user, :hash, :issued, :expires, :familyExpires)""")
                .param("id", t.id()).param("org", t.organizationId()).param("family", t.familyId())
                .param("user", t.userId()).param("hash", tokenHash).param("issued", Timestamp.from(t.issuedAt()))
                .param("expires", Timestamp.from(t.expiresAt()))
                .param("familyExpires", Timestamp.from(t.familyExpiresAt()))
                .update();
    }

    @Override
    public Optional<UUID> organizationOf(String tokenHash) {
        return jdbc.sql("SELECT o FROM auth_organization_of_refresh_token(:hash) AS o WHERE o IS NOT NULL")
                .param("hash", tokenHash).query((rs, i) -> rs.getObject(1, UUID.class)).optional();
    }

    @Override
    public Optional<RefreshToken> lock(UUID organizationId, String tokenHash) {
        return jdbc.sql("""
                        SELECT id, organization_id, family_id, user_id, issued_at, expires_at, family_expires_at,
                               used_at, revoked_at
                        FROM refresh_tokens WHERE organization_id = :org AND token_hash = :hash FOR UPDATE""")
                .param("org", organizationId).param("hash", tokenHash)
                .query((rs, i) -> new RefreshToken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                        instant(rs.getTimestamp(9))))
                .optional();
    }

    @Override
    public void markUsed(UUID organizationId, UUID id, Instant at) {
        jdbc.sql("UPDATE refresh_tokens SET used_at = :at WHERE organization_id = :org AND id = :id")
                .param("at", Timestamp.from(at)).param("org", organizationId).param("id", id).update();
    }

    @Override
    public int revokeFamily(UUID organizationId, UUID familyId, Instant at, String reason) {
        return jdbc.sql("""
                        UPDATE refresh_tokens SET revoked_at = :at, revoke_reason = :reason
                        WHERE organization_id = :org AND family_id = :family AND revoked_at IS NULL""")
                .param("at", Timestamp.from(at)).param("reason", reason).param("org", organizationId)
                .param("family", familyId).update();
    }

    @Override
    public int revokeUser(UUID organizationId, UUID userId, UUID keepFamily, Instant at, String reason) {
        return jdbc.sql("""
                        UPDATE refresh_tokens SET revoked_at = :at, revoke_reason = :reason
                        WHERE organization_id = :org AND user_id = :user AND revoked_at IS NULL
                        AND family_id IS DISTINCT FROM :keep""")
                .param("at", Timestamp.from(at)).param("reason", reason).param("org", organizationId)
                .param("user", userId).param("keep", keepFamily).update();
    }

    @Override
    public int purgeEnded(Instant before) {
        return jdbc.sql("SELECT auth_purge_expired(:before)").param("before", Timestamp.from(before))
                .query(Integer.class).single();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
