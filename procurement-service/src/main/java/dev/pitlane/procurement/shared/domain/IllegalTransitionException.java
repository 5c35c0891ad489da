package dev.pitlane.procurement.shared.domain;

import dev.pitlane.platform.domain.DomainException;

/** An action that the record's current status does not allow (409 {@code illegal-transition}). */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String what, Object id, Enum<?> from, String action) {
        super(Kind.CONFLICT, "illegal-transition",
                what + " " + id + " is " + from + " and cannot be " + action);
    }
}
