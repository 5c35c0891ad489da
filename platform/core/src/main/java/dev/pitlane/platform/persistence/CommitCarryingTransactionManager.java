package dev.pitlane.platform.persistence;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The platform's transaction manager: a transaction's {@link PreCommitWrites} travel with its {@code COMMIT}, in one
 * round trip, one fewer than writes then commit; a round trip costs both ends far more CPU than a small statement
 * does.
 *
 * <p>The writes go after every synchronization's {@code beforeCommit} and {@code beforeCompletion}, as a commit
 * would. One that fails fails the commit: the transaction is rolled back and the caller gets the same
 * {@link org.springframework.dao.DataAccessException} it would get from the statement anywhere else.
 */
public class CommitCarryingTransactionManager extends JdbcTransactionManager {

    public CommitCarryingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareForCommit(DefaultTransactionStatus status) {
        if (status.isNewTransaction() && status.isNewSynchronization() && !status.hasSavepoint()) {
            PreCommitWrites.leaveToCommit();
        }
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
        boolean sent;
        try {
            sent = holder != null && PreCommitWrites.sendWithCommit(holder.getConnection());
        } catch (SQLException e) {
            throw translateException("JDBC commit", e);
        }
        if (!sent) {
            super.doCommit(status);
        }
    }
}
