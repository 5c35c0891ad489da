package dev.pitlane.billing.customer.application;

import java.util.Optional;
import java.util.UUID;

public interface CustomerDirectory {

    /** Keeps the customer unless a later version is known already. */
    void remember(KnownCustomer customer);

    Optional<KnownCustomer> find(UUID customerId);
}
