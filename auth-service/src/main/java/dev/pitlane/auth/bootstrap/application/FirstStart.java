package dev.pitlane.auth.bootstrap.application;

import dev.pitlane.auth.access.domain.PermissionMatrix;
import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.users.application.NewUser;
import dev.pitlane.auth.users.application.UserAccounts;
import dev.pitlane.auth.users.application.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * At startup: the first platform administrator from {@code PITLANE_AUTH_BOOTSTRAP_ADMIN_EMAIL/_PASSWORD} while
 * the platform has no active administrator (so a Secret left behind cannot bring an account back), then
 * devstack's demo data when enabled. Both are idempotent, and safe when replicas start together (a unique index
 * decides, the loser carries on).
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final AuthProperties properties;
    private final UserService users;
    private final UserAccounts accounts;
    private final TenantTransactions transactions;
    private final DemoData demoData;
    private final boolean demo;

    FirstStart(AuthProperties properties, UserService users, UserAccounts accounts, TenantTransactions transactions,
               DemoData demoData, @Value("${pitlane.demo-data.enabled:false}") boolean demo) {
        this.properties = properties;
        this.users = users;
        this.accounts = accounts;
        this.transactions = transactions;
        this.demoData = demoData;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuthProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
        if (admin.configured() && !platformHasAnAdministrator()) {
            ensurePlatformAdmin(admin.email(), admin.password(), "Platform", "Administrator");
        }
        if (demo) {
            ensurePlatformAdmin(DemoData.SUPER_ADMIN_EMAIL, DemoData.PASSWORD, "Super", "Admin");
            demoData.seed();
        }
    }

    private boolean platformHasAnAdministrator() {
        return transactions.inOrganization(Organization.PLATFORM,
                () -> accounts.countActiveWithRole(Organization.PLATFORM, PermissionMatrix.SUPER_ADMIN) > 0);
    }

    private void ensurePlatformAdmin(String email, String password, String firstName, String lastName) {
        boolean exists = transactions.inOrganization(Organization.PLATFORM,
                () -> accounts.findByEmail(Organization.PLATFORM, email).isPresent());
        if (exists) {
            return;
        }
        try {
            users.createPlatformAdmin(new NewUser(email, firstName, lastName, null, null, Set.of(), Set.of(),
                    password));
            log.info("Created platform administrator {}", email);
        } catch (DuplicateKeyException e) {
            log.info("Platform administrator {} was created by another replica", email);
        }
    }
}
