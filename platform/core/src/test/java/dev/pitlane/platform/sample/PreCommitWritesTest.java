package dev.pitlane.platform.sample;

import dev.pitlane.platform.persistence.PreCommitWrites;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreCommitWritesTest extends SampleTestBase {

    private static final String INSERT = """
            INSERT INTO idempotency_keys (organization_id, idempotency_key, method, path, request_hash,
                response_status, response_type, response_location, response_body) VALUES (?, ?, 'POST', '/t', 'h', 201, ?, NULL, ?)""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSourceAsOwner owner;

    @Test
    void writesReachTheDatabaseTogetherAtCommitAndNotBefore() {
        UUID org = UUID.randomUUID();
        PreCommitWrites writes = new PreCommitWrites(jdbc);
        long seenInside = TenantContext.callAs(Caller.system(org, "test"), () -> tx().execute(status -> {
            writes.add(INSERT, org, "a", "application/json", new byte[] {1});
            new PreCommitWrites(jdbc).add(INSERT, org, "b", null, new byte[] {2});
            return jdbc.queryForObject("SELECT count(*) FROM idempotency_keys WHERE organization_id = ?", Long.class,
                    org);
        }));
        assertThat(seenInside).as("held until the commit").isZero();
        assertThat(keys(org)).isEqualTo(2);
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        UUID org = UUID.randomUUID();
        TenantContext.runAs(Caller.system(org, "test"), () -> tx().executeWithoutResult(status -> {
            new PreCommitWrites(jdbc).add(INSERT, org, "a", null, new byte[0]);
            status.setRollbackOnly();
        }));
        assertThat(keys(org)).isZero();
    }

    @Test
    void aNestedTransactionCommitsItsOwnWritesOnly() {
        UUID org = UUID.randomUUID();
        PreCommitWrites writes = new PreCommitWrites(jdbc);
        TransactionTemplate inner = tx();
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TenantContext.runAs(Caller.system(org, "test"), () -> tx().executeWithoutResult(status -> {
            writes.add(INSERT, org, "outer", null, new byte[0]);
            inner.executeWithoutResult(s -> writes.add(INSERT, org, "inner", null, new byte[0]));
            status.setRollbackOnly();
        }));
        assertThat(owner.count("SELECT count(*) FROM idempotency_keys WHERE organization_id = '" + org
                + "' AND idempotency_key = 'inner'")).isEqualTo(1);
        assertThat(keys(org)).isEqualTo(1);
    }

    @Test
    void aWriteOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> new PreCommitWrites(jdbc).add(INSERT, UUID.randomUUID(), "a", null, new byte[0]))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    private long keys(UUID org) {
        return owner.count("SELECT count(*) FROM idempotency_keys WHERE organization_id = '" + org + "'");
    }
}
