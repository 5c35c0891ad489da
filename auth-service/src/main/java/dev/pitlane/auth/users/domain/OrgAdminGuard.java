package dev.pitlane.auth.users.domain;

import dev.pitlane.auth.access.domain.PermissionMatrix;
import dev.pitlane.platform.domain.DomainException;

/**
 * An organization always keeps at least one active ORG_ADMIN: without one, nobody could manage its users
 * again short of a platform administrator's intervention.
 */
public final class OrgAdminGuard {

    private OrgAdminGuard() {
    }

    /**
     * @param activeAdmins active ORG_ADMINs of the organization before the change, {@code before} included
     */
    public static void check(User before, User after, long activeAdmins) {
        boolean wasAdmin = before.active() && before.hasRole(PermissionMatrix.ORG_ADMIN);
        boolean staysAdmin = after.active() && after.hasRole(PermissionMatrix.ORG_ADMIN);
        if (wasAdmin && !staysAdmin && activeAdmins <= 1) {
            throw DomainException.conflict("last-org-admin",
                    "This is the organization's last active ORG_ADMIN; make someone else ORG_ADMIN first");
        }
    }
}
