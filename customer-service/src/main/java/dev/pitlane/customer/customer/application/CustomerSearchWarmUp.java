package dev.pitlane.customer.customer.application;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.warmup.WarmUp;
import dev.pitlane.platform.web.PageQuery;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * The searches the front desk runs all day (a phone number, part of a name through every name step), run before
 * the service is ready: a cold customer-service at full load once queued far more than its pool could serve. They
 * run for an organization of no one, so they read no tenant's customers and change nothing.
 */
@Component
class CustomerSearchWarmUp implements WarmUp {

    private static final Map<String, String> NO_SORTS = Map.of();

    private final CustomerService customers;

    CustomerSearchWarmUp(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public void run() {
        TenantContext.runAs(Caller.system(UUID.randomUUID(), "warm-up"), () -> {
            PageQuery page = PageQuery.of(0, 20, null, NO_SORTS, null);
            customers.search(new CustomerSearch(null, "98200 12345", null, null, null, null, null, false), page);
            customers.search(new CustomerSearch("priya shar", null, null, null, null, null, null, false), page);
        });
    }
}
