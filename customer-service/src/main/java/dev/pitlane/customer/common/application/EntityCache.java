package dev.pitlane.customer.common.application;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Hot reads by id (customer, vehicle), cached per organization when a cache is configured. Every write evicts the
 * entry after its transaction commits, so a read after a write through the API never sees the old value.
 */
public interface EntityCache {

    /** The cached value of {@code region}/{@code organizationId}/{@code id}, or {@code loader}'s (then cached). */
    <T> T get(String region, UUID organizationId, UUID id, Class<T> type, Supplier<T> loader);

    /** Evicts once the current transaction has committed (at once outside a transaction). */
    void evict(String region, UUID organizationId, UUID id);

    /** No cache: every read goes to the database. */
    EntityCache NONE = new EntityCache() {
        @Override
        public <T> T get(String region, UUID organizationId, UUID id, Class<T> type, Supplier<T> loader) {
            return loader.get();
        }

        @Override
        public void evict(String region, UUID organizationId, UUID id) {
            // nothing is cached
        }
    };
}
