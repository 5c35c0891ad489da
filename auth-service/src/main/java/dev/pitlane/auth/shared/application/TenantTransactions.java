package dev.pitlane.auth.shared.application;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a transaction as one organization. A request without a token (sign-in, refresh, reset) or a platform
 * administrator's request (no organization in the token) must name the organization before it touches a
 * tenant table: the connection's row-level security setting is taken when the transaction opens, so the switch
 * happens first and the transaction second.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate transactions;

    public TenantTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The work commits when it returns, also when its result tells the caller to answer with an error. */
    public <T> T inOrganization(UUID organizationId, Supplier<T> work) {
        Caller current = TenantContext.current().orElse(null);
        Caller as = current == null ? Caller.system(organizationId, "auth-service")
                : new Caller(organizationId, current.subject(), current.roles(), current.permissions(), Set.of());
        return TenantContext.callAs(as, () -> transactions.execute(status -> work.get()));
    }

    public void runInOrganization(UUID organizationId, Runnable work) {
        inOrganization(organizationId, () -> {
            work.run();
            return null;
        });
    }
}
