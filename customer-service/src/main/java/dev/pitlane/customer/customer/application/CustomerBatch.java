package dev.pitlane.customer.customer.application;

import dev.pitlane.customer.common.application.EntityCache;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.customer.customer.domain.CustomerDetails;
import dev.pitlane.customer.customer.persistence.CustomerRepository;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Customers many at a time, for the bulk import: lookups by natural key for a whole chunk in one query each, and
 * writes batched into one round trip, each with its event, in the caller's transaction.
 */
@Service
public class CustomerBatch {

    private final CustomerRepository customers;
    private final Outbox outbox;
    private final EntityCache cache;

    CustomerBatch(CustomerRepository customers, Outbox outbox, EntityCache cache) {
        this.customers = customers;
        this.outbox = outbox;
        this.cache = cache;
    }

    public Map<String, Customer> byPhones(Collection<String> phones) {
        return customers.findActiveByPhones(TenantContext.organizationId(), phones);
    }

    public Map<String, UUID> idsByEmails(Collection<String> emails) {
        return customers.findActiveIdsBy(TenantContext.organizationId(), "email", emails);
    }

    public Map<String, UUID> idsByGstins(Collection<String> gstins) {
        return customers.findActiveIdsBy(TenantContext.organizationId(), "gstin", gstins);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void createAll(Map<UUID, CustomerDetails> created) {
        customers.insertAll(TenantContext.organizationId(), created);
        List<OutgoingEvent> events = new ArrayList<>();
        created.forEach((id, d) -> events.add(CustomerEvents.created(id, d)));
        outbox.appendAll(events);
    }

    /** @param versions the version each customer was read at; a customer changed since fails the whole batch */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateAll(Map<UUID, CustomerDetails> updated, Map<UUID, Long> versions) {
        UUID org = TenantContext.organizationId();
        int[] counts = customers.updateAll(org, updated, versions);
        for (int count : counts) {
            if (count == 0) {
                throw new OptimisticLockingFailureException("a customer changed while it was imported");
            }
        }
        List<OutgoingEvent> events = new ArrayList<>();
        updated.forEach((id, d) -> {
            cache.evict(CustomerService.CACHE, org, id);
            events.add(CustomerEvents.updated(id, d, versions.get(id) + 1));
        });
        outbox.appendAll(events);
    }

    /** The details a stored customer has, to compare with an imported row. */
    public static CustomerDetails detailsOf(Customer c) {
        return new CustomerDetails(c.type(), c.name(), c.phone(), c.alternatePhone(), c.email(), c.gstin(),
                c.addresses(), c.smsConsent(), c.emailConsent(), c.notes());
    }

    /** Every customer in use, a chunk at a time in id order (the export). */
    public List<Customer> chunkAfter(UUID after, int limit) {
        return customers.chunkAfter(TenantContext.organizationId(), after, limit);
    }
}
