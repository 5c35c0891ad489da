package dev.pitlane.platform.sample;

import dev.pitlane.platform.persistence.CommitCarryingTransactionManager;
import dev.pitlane.platform.persistence.PreCommitWrites;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

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

    @Autowired
    DataSource dataSource;

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
    void thePlatformsTransactionManagerSendsHeldWritesWithTheCommitInOneRoundTrip() {
        assertThat(transactionManager).isInstanceOf(CommitCarryingTransactionManager.class);
        UUID org = UUID.randomUUID();
        CountingDataSource counted = new CountingDataSource(dataSource);
        JdbcTemplate countedJdbc = new JdbcTemplate(counted);
        TransactionTemplate tx = new TransactionTemplate(new CommitCarryingTransactionManager(counted));
        TenantContext.runAs(Caller.system(org, "test"), () -> tx.executeWithoutResult(status -> {
            countedJdbc.queryForObject("SELECT ?::int", Integer.class, 1);
            new PreCommitWrites(countedJdbc).add(INSERT, org, "a", null, new byte[0]);
            new PreCommitWrites(countedJdbc).add(INSERT, org, "b", null, new byte[0]);
        }));
        assertThat(keys(org)).as("committed").isEqualTo(2);
        assertThat(counted.statements).as("the query, then the writes and the COMMIT together").hasSize(2);
        assertThat(counted.statements.get(1)).endsWith("COMMIT");
        assertThat(counted.commits).as("no commit of its own").isZero();

        // the connection goes back to the pool fit for the next transaction, which commits as usual
        TenantContext.runAs(Caller.system(org, "test"), () -> tx.executeWithoutResult(
                status -> countedJdbc.update(INSERT, org, "c", "application/json", new byte[0])));
        assertThat(keys(org)).isEqualTo(3);
        assertThat(counted.commits).isEqualTo(1);
    }

    @Test
    void aHeldWriteThatFailsFailsTheCommitAndTheWholeTransactionIsRolledBack() {
        UUID org = UUID.randomUUID();
        assertThatThrownBy(() -> TenantContext.runAs(Caller.system(org, "test"), () -> tx().executeWithoutResult(s -> {
            jdbc.update(INSERT, org, "direct", "application/json", new byte[0]);
            new PreCommitWrites(jdbc).add(INSERT, org, "twice", null, new byte[0]);
            new PreCommitWrites(jdbc).add(INSERT, org, "twice", null, new byte[0]);
        }))).isInstanceOf(DuplicateKeyException.class);
        assertThat(keys(org)).isZero();
        // and the pool's connections still work
        TenantContext.runAs(Caller.system(org, "test"), () -> tx().executeWithoutResult(
                s -> new PreCommitWrites(jdbc).add(INSERT, org, "after", null, new byte[0])));
        assertThat(keys(org)).isEqualTo(1);
    }

    @Test
    void aWriteOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> new PreCommitWrites(jdbc).add(INSERT, UUID.randomUUID(), "a", null, new byte[0]))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    /** Counts what reaches the physical connections: statements prepared and commits called. */
    private static final class CountingDataSource extends DelegatingDataSource {
        final List<String> statements = new CopyOnWriteArrayList<>();
        int commits;

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection target = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement")) {
                            statements.add((String) args[0]);
                        } else if (method.getName().equals("commit")) {
                            commits++;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    private long keys(UUID org) {
        return owner.count("SELECT count(*) FROM idempotency_keys WHERE organization_id = '" + org + "'");
    }
}
