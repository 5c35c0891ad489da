package dev.pitlane.customer.customer.application;

import dev.pitlane.customer.common.application.EntityCache;
import dev.pitlane.customer.common.domain.Violations;
import dev.pitlane.customer.config.CustomerProperties;
import dev.pitlane.customer.customer.domain.CustomerDetails;
import dev.pitlane.customer.customer.domain.CustomerInput;
import dev.pitlane.customer.customer.domain.EmailAddress;
import dev.pitlane.customer.customer.domain.Gstin;
import dev.pitlane.customer.customer.domain.PhoneNumbers;
import dev.pitlane.customer.customer.persistence.CustomerQuery;
import dev.pitlane.customer.customer.persistence.CustomerRepository;
import dev.pitlane.customer.vehicle.domain.RegistrationNumber;
import dev.pitlane.customer.vehicle.domain.Vin;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Customers of the caller's organization: create, change, soft delete and restore, find. */
@Service
public class CustomerService {

    public static final String CACHE = "customers";

    private final CustomerRepository customers;
    private final Outbox outbox;
    private final EntityCache cache;
    private final PhoneRegions regions;
    private final int countLimit;

    CustomerService(CustomerRepository customers, Outbox outbox, EntityCache cache, PhoneRegions regions,
                    CustomerProperties properties) {
        this.customers = customers;
        this.outbox = outbox;
        this.cache = cache;
        this.regions = regions;
        this.countLimit = properties.search().countLimit();
    }

    @Transactional
    public Customer create(CustomerInput input) {
        UUID org = TenantContext.organizationId();
        Customer created = customers.insert(org, UUID.randomUUID(), CustomerDetails.from(input, regions.of(org)));
        outbox.append(CustomerEvents.created(created));
        return created;
    }

    @Transactional
    public Customer update(UUID id, CustomerInput input, long version) {
        UUID org = TenantContext.organizationId();
        CustomerDetails details = CustomerDetails.from(input, regions.of(org));
        Customer updated = customers.update(org, id, details, version).orElseThrow(() -> {
            Customer current = customers.find(org, id).filter(c -> c.deletedAt() == null)
                    .orElseThrow(() -> DomainException.notFound("Customer", id));
            return new OptimisticLockingFailureException("customer " + id + " is at version " + current.version());
        });
        cache.evict(CACHE, org, id);
        outbox.append(CustomerEvents.updated(updated));
        return updated;
    }

    @Transactional
    public void delete(UUID id) {
        UUID org = TenantContext.organizationId();
        Customer deleted = customers.markDeleted(org, id).orElseThrow(() -> DomainException.notFound("Customer", id));
        cache.evict(CACHE, org, id);
        outbox.append(CustomerEvents.deleted(id, deleted.deletedAt()));
    }

    /** Brings a deleted customer back; 409 naming the field when its phone, e-mail or GSTIN was taken meanwhile. */
    @Transactional
    public Customer restore(UUID id) {
        UUID org = TenantContext.organizationId();
        Customer restored = customers.restore(org, id).orElseThrow(() -> customers.find(org, id).isPresent()
                ? DomainException.conflict("not-deleted", "Customer " + id + " is not deleted")
                : DomainException.notFound("Customer", id));
        cache.evict(CACHE, org, id);
        outbox.append(CustomerEvents.restored(id));
        return restored;
    }

    /** A customer in use; a deleted or another organization's customer is 404. */
    public Customer get(UUID id) {
        UUID org = TenantContext.organizationId();
        Customer customer = cache.get(CACHE, org, id, Customer.class, () -> customers.find(org, id).orElse(null));
        if (customer == null || customer.deletedAt() != null) {
            throw DomainException.notFound("Customer", id);
        }
        return customer;
    }

    /** The customers with these ids (in use or not), for expanding another resource without a query per row. */
    public Map<UUID, Customer> getAll(Collection<UUID> ids) {
        return customers.findAll(TenantContext.organizationId(), ids);
    }

    /**
     * Names starting with the text; when none does, names whose surname does ("sharma", "sharma pri"); then names
     * containing it; then names within a typo or two, closest first. Each step runs only when the cheaper one before found nothing, so the common
     * search stays an index range scan.
     */
    public PageResponse<Customer> search(CustomerSearch search, PageQuery page) {
        UUID org = TenantContext.organizationId();
        CustomerQuery query = query(search, org);
        if (query.name() == null) {
            return customers.search(org, query, page);
        }
        PageResponse<Customer> found = null;
        for (CustomerQuery.NameMatch match : CustomerQuery.NameMatch.values()) {
            found = customers.search(org, query.withNameMatch(match), page, countLimit);
            if (found.page().totalElements() > 0) {
                break;
            }
        }
        return found;
    }

    private CustomerQuery query(CustomerSearch s, UUID org) {
        Violations v = new Violations();
        String name = v.text("q", s.name(), false, 100);
        String phone = blank(s.phone()) ? null
                : v.check("phone", s.phone(), raw -> PhoneNumbers.normalizeForSearch(raw, regions.of(org)));
        String email = blank(s.email()) ? null : v.check("email", s.email(), EmailAddress::normalize);
        String gstin = blank(s.gstin()) ? null : v.check("gstin", s.gstin(), Gstin::normalize);
        String vin = blank(s.vin()) ? null : v.check("vin", s.vin(), Vin::normalizeForSearch);
        String registration = blank(s.registrationNumber()) ? null
                : v.check("registrationNumber", s.registrationNumber(), RegistrationNumber::normalize);
        v.throwIfAny();
        return new CustomerQuery(name, null, phone, email, gstin, vin, registration, s.type(), s.deleted());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
