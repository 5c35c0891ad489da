package dev.pitlane.procurement.shared.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.procurement.shared.application.DocumentNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One counter row per organization and prefix. The upsert holds the row lock until the document's transaction
 * commits, so numbers never repeat; a rolled-back transaction gives its number back.
 */
@Repository
class JdbcDocumentNumbers implements DocumentNumbers {

    private final JdbcClient jdbc;

    JdbcDocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next(String prefix) {
        long value = jdbc.sql("""
                        INSERT INTO document_sequences (organization_id, prefix, last_value) VALUES (:org, :prefix, 1)
                        ON CONFLICT (organization_id, prefix)
                        DO UPDATE SET last_value = document_sequences.last_value + 1
                        RETURNING last_value""")
                .param("org", TenantContext.organizationId())
                .param("prefix", prefix)
                .query(Long.class).single();
        return "%s-%06d".formatted(prefix, value);
    }
}
