package dev.pitlane.customer.cache;

import dev.pitlane.customer.common.application.EntityCache;
import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.testsupport.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads by id come from Redis (127.0.0.1:6379); every write through the API evicts, so no read is stale. */
class CacheTest extends IntegrationTest {

    private final UUID org = UUID.randomUUID();

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    OwnerDatabase owner;

    @Test
    void aCustomerReadAfterAWriteIsNeverStale() {
        String id = createCustomer(admin(org), "Cached Customer", newPhone());
        String key = "customer-service:customers:" + org + ":" + id;
        assertThat(admin(org).get("/api/v1/customers/" + id).<String>json("$.name")).isEqualTo("Cached Customer");
        assertThat(redis.hasKey(key)).as("read through the cache").isTrue();

        // a change behind the service's back is not seen: the read really is served by the cache
        owner.execute("UPDATE customers SET notes = 'behind the back' WHERE id = '" + id + "'");
        assertThat(admin(org).get("/api/v1/customers/" + id).<String>json("$.notes")).isNull();

        for (int version = 0; version < 3; version++) {
            var updated = admin(org).put("/api/v1/customers/" + id, """
                    {"type":"INDIVIDUAL","name":"Renamed %d","phone":"%s","version":%d}"""
                    .formatted(version, admin(org).get("/api/v1/customers/" + id).json("$.phone"), version));
            assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
            assertThat(admin(org).get("/api/v1/customers/" + id).<String>json("$.name")).isEqualTo("Renamed " + version);
        }
        admin(org).delete("/api/v1/customers/" + id);
        assertThat(admin(org).get("/api/v1/customers/" + id).status()).isEqualTo(404);
        admin(org).post("/api/v1/customers/" + id + "/restore", "");
        assertThat(admin(org).get("/api/v1/customers/" + id).status()).isEqualTo(200);
        assertThat(admin(UUID.randomUUID()).get("/api/v1/customers/" + id).status())
                .as("the cache key holds the organization").isEqualTo(404);
    }

    @Autowired
    EntityCache cache;

    @Test
    void aReadThatLoadedTheOldRowJustBeforeAWriteCommittedDoesNotCacheIt() {
        UUID id = UUID.randomUUID();
        // the loader stands for a read of the old row, and the eviction for a write committing right after it
        String first = cache.get("race", org, id, String.class, () -> {
            cache.evict("race", org, id);
            return "old";
        });
        assertThat(first).isEqualTo("old");
        assertThat(cache.get("race", org, id, String.class, () -> "new")).isEqualTo("new");
        assertThat(cache.get("race", org, id, String.class, () -> "not read: cached")).isEqualTo("new");
    }

    @Test
    void aVehicleReadAfterAWriteIsNeverStale() {
        String customer = createCustomer(admin(org), "Vehicle Cache Owner", newPhone());
        String buyer = createCustomer(admin(org), "Vehicle Cache Buyer", newPhone());
        String id = registerVehicle(admin(org), customer, newVin(), newPlate());
        assertThat(admin(org).get("/api/v1/vehicles/" + id).<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(redis.hasKey("customer-service:vehicles:" + org + ":" + id)).isTrue();
        admin(org).post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"IN_SERVICE\"}");
        assertThat(admin(org).get("/api/v1/vehicles/" + id).<String>json("$.status")).isEqualTo("IN_SERVICE");
        admin(org).post("/api/v1/vehicles/" + id + "/odometer-readings", "{\"readingKm\":20000}");
        assertThat(admin(org).get("/api/v1/vehicles/" + id).<Integer>json("$.odometerKm")).isEqualTo(20000);
        admin(org).post("/api/v1/vehicles/" + id + "/ownership-transfers", "{\"customerId\":\"" + buyer + "\"}");
        assertThat(admin(org).get("/api/v1/vehicles/" + id).<String>json("$.customerId")).isEqualTo(buyer);
    }
}
