package dev.pitlane.auth.access.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Role → permissions, as the migration defines it. Tokens carry the permissions a user's roles add up to. */
public final class PermissionMatrix {

    public static final String SUPER_ADMIN = "SUPER_ADMIN";
    public static final String ORG_ADMIN = "ORG_ADMIN";

    private final Map<String, RoleDefinition> roles = new LinkedHashMap<>();
    private final Map<String, PermissionDefinition> permissions = new LinkedHashMap<>();

    public PermissionMatrix(List<RoleDefinition> roles, List<PermissionDefinition> permissions) {
        permissions.forEach(p -> this.permissions.put(p.name(), p));
        roles.forEach(r -> {
            r.permissions().forEach(p -> {
                if (!this.permissions.containsKey(p)) {
                    throw new IllegalArgumentException("Role " + r.name() + " grants unknown permission " + p);
                }
            });
            this.roles.put(r.name(), r);
        });
    }

    public List<RoleDefinition> roles() {
        return List.copyOf(roles.values());
    }

    public List<PermissionDefinition> permissions() {
        return List.copyOf(permissions.values());
    }

    public RoleDefinition role(String name) {
        return roles.get(name);
    }

    /** The union of what the roles grant, sorted so tokens are stable. */
    public Set<String> permissionsOf(Collection<String> roleNames) {
        Set<String> out = new TreeSet<>();
        for (String name : roleNames) {
            RoleDefinition role = roles.get(name);
            if (role != null) {
                out.addAll(role.permissions());
            }
        }
        return out;
    }

    /** The roles a user of an organization may not be given: unknown ones and SUPER_ADMIN. */
    public Set<String> notAssignable(Collection<String> roleNames) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : roleNames) {
            RoleDefinition role = roles.get(name);
            if (role == null || !role.assignable()) {
                out.add(name);
            }
        }
        return out;
    }

    /** The permissions a partner client may not be given by someone holding {@code granterPermissions}. */
    public Set<String> notGrantable(Collection<String> requested, Set<String> granterPermissions) {
        List<String> out = new ArrayList<>();
        for (String name : requested) {
            PermissionDefinition p = permissions.get(name);
            if (p == null || !p.tenant() || !granterPermissions.contains(name)) {
                out.add(name);
            }
        }
        return new LinkedHashSet<>(out);
    }
}
