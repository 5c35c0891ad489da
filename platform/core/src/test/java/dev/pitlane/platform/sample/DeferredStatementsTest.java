package dev.pitlane.platform.sample;

import dev.pitlane.platform.persistence.OneRoundTrip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeferredStatementsTest extends SampleTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void deferredStatementsRideWithTheTransactionsNextRoundTripAheadOfItsOwn() {
        List<String> seen = new ArrayList<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            OneRoundTrip.Deferred deferred = new OneRoundTrip()
                    .query("SELECT 'deferred'", List.of(), rs -> seen.add(rs.getString(1)))
                    .deferToNextRoundTrip();
            assertThat(deferred.sent()).isFalse();
            new OneRoundTrip().query("SELECT 'own'", List.of(), rs -> seen.add(rs.getString(1))).run(jdbc);
            assertThat(deferred.sent()).isTrue();
            deferred.sendIfPending(jdbc);
        });
        assertThat(seen).as("sent once, first").containsExactly("deferred", "own");
    }

    @Test
    void statementsWhoseRoundTripFailedAreNeitherSentAgainNorTakenForRead() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            OneRoundTrip.Deferred deferred = new OneRoundTrip().statement("SELECT 1", List.of())
                    .deferToNextRoundTrip();
            assertThatThrownBy(() -> new OneRoundTrip().statement("SELECT 1 / 0", List.of()).run(jdbc))
                    .hasMessageContaining("division by zero");
            assertThat(deferred.sent()).isFalse();
            assertThatThrownBy(() -> deferred.sendIfPending(jdbc)).isInstanceOf(IllegalStateException.class);
            status.setRollbackOnly();
        });
    }
}
