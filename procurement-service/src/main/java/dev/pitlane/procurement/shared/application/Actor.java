package dev.pitlane.procurement.shared.application;

import dev.pitlane.platform.tenancy.TenantContext;

/** Who is doing this, as recorded on documents and in their history. */
public final class Actor {

    private Actor() {
    }

    public static String current() {
        return TenantContext.caller().subject();
    }
}
