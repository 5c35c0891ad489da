package dev.pitlane.billing.receivable.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public interface ReceivableQueries {

    /** @param customerId null for every customer with something due or held */
    List<CustomerAgeing> ageing(LocalDate asOf, UUID customerId);
}
