package dev.pitlane.auth.bootstrap.application;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.organizations.application.OrganizationDirectory;
import dev.pitlane.auth.organizations.application.OrganizationService;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.users.application.NewUser;
import dev.pitlane.auth.users.application.UserAccounts;
import dev.pitlane.auth.users.application.UserService;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * devstack's demo tenant "Demo Motors" with one user per role, all with the password {@value #PASSWORD}.
 * Created through the application services, so the events and the activity log are those of real use.
 */
@Component
class DemoData {

    static final String SUPER_ADMIN_EMAIL = "superadmin@pitlane.local";
    static final String PASSWORD = "pitlane-demo";
    static final UUID DEMO_ORG = UUID.fromString("7e57da7a-0000-4000-8000-000000000001");
    static final UUID ANDHERI = UUID.fromString("7e57da7a-0000-4000-8000-000000000101");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoUser(String email, String firstName, String lastName, String jobTitle, String role,
                            Set<UUID> serviceCenters) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("advisor@demo-motors.local", "Asha", "Kulkarni", "Service advisor", "SERVICE_ADVISOR",
                    Set.of()),
            new DemoUser("technician@demo-motors.local", "Ravi", "Patil", "Technician", "TECHNICIAN",
                    Set.of(ANDHERI)),
            new DemoUser("storekeeper@demo-motors.local", "Sunil", "Shetty", "Store keeper", "STORE_KEEPER",
                    Set.of()),
            new DemoUser("procurement@demo-motors.local", "Meera", "Iyer", "Procurement officer",
                    "PROCUREMENT_OFFICER", Set.of()),
            new DemoUser("accountant@demo-motors.local", "Farhan", "Shaikh", "Accountant", "ACCOUNTANT", Set.of()));

    private final OrganizationService organizations;
    private final OrganizationDirectory directory;
    private final UserService users;
    private final UserAccounts accounts;
    private final TenantTransactions transactions;

    DemoData(OrganizationService organizations, OrganizationDirectory directory, UserService users,
             UserAccounts accounts, TenantTransactions transactions) {
        this.organizations = organizations;
        this.directory = directory;
        this.users = users;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    void seed() {
        TenantContext.runAs(Caller.system(DEMO_ORG, "demo-data"), () -> {
            if (directory.find(DEMO_ORG).isEmpty()) {
                try {
                    organizations.createWithId(DEMO_ORG, new OrganizationService.Profile("Demo Motors",
                                    "Demo Motors Pvt Ltd", "27AAACD1234E1Z5", "contact@demo-motors.local",
                                    "+91 22 4000 1000", "Andheri East, Mumbai 400069"),
                            new NewUser("admin@demo-motors.local", "Anita", "Desai", null, "Administrator",
                                    Set.of(), Set.of(), PASSWORD), RequestOrigin.internal());
                } catch (DuplicateKeyException e) {
                    log.info("Demo Motors was created by another replica");
                }
            }
            for (DemoUser u : USERS) {
                boolean exists = transactions.inOrganization(DEMO_ORG,
                        () -> accounts.findByEmail(DEMO_ORG, u.email()).isPresent());
                if (!exists) {
                    try {
                        users.createIn(DEMO_ORG, new NewUser(u.email(), u.firstName(), u.lastName(), null,
                                u.jobTitle(), Set.of(u.role()), u.serviceCenters(), PASSWORD),
                                RequestOrigin.internal());
                    } catch (DuplicateKeyException e) {
                        log.info("Demo user {} was created by another replica", u.email());
                    }
                }
            }
        });
        log.info("Demo data ready: Demo Motors ({}) with admin@, advisor@, technician@, storekeeper@, procurement@, "
                + "accountant@demo-motors.local and {}; password {}", DEMO_ORG, SUPER_ADMIN_EMAIL, PASSWORD);
    }
}
