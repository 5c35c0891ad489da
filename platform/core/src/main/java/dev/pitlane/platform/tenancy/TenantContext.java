package dev.pitlane.platform.tenancy;

import dev.pitlane.platform.web.ApiException;
import org.springframework.http.HttpStatus;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The caller of the current unit of work. Every repository query filters by {@link #organizationId()}; the
 * database connection carries it too, so PostgreSQL row-level security filters a query that forgot to.
 */
public final class TenantContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Caller caller() {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "No caller for this request");
        }
        return caller;
    }

    /** The caller's organization; a token without one (a bare SUPER_ADMIN) cannot touch tenant data. */
    public static UUID organizationId() {
        UUID org = caller().organizationId();
        if (org == null) {
            throw ApiException.forbidden("This operation needs an organization in the token");
        }
        return org;
    }

    public static Optional<UUID> organizationIdIfAny() {
        return current().map(Caller::organizationId);
    }

    public static void set(Caller caller) {
        CURRENT.set(caller);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} as {@code caller}, restoring whatever was there before. */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(Caller caller, Runnable work) {
        callAs(caller, () -> {
            work.run();
            return null;
        });
    }
}
