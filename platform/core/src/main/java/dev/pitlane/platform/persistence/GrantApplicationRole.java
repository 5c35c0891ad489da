package dev.pitlane.platform.persistence;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * After every migration, lets the application role use what the owner role created — and nothing more: it gets
 * data rights, not ownership, so row-level security applies to it and it can change no schema.
 */
final class GrantApplicationRole implements Callback {

    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final String appRole;

    GrantApplicationRole(String appRole) {
        if (!ROLE.matcher(appRole).matches()) {
            throw new IllegalArgumentException("Unsafe role name: " + appRole);
        }
        this.appRole = appRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA public TO " + appRole);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + appRole);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + appRole);
            s.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO " + appRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application role " + appRole, e);
        }
    }

    @Override
    public String getCallbackName() {
        return "pitlane-grant-application-role";
    }
}
