package dev.pitlane.auth.clients.application;

import dev.pitlane.auth.clients.domain.Client;
import dev.pitlane.platform.web.PageQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ClientStore {

    void insert(Client client);

    Client update(Client client);

    Optional<Client> find(UUID organizationId, UUID id);

    /** The organization of a client, read before any organization is known (the token endpoint). */
    Optional<UUID> organizationOf(UUID clientId);

    void recordUse(UUID organizationId, UUID id, Instant at);

    boolean delete(UUID organizationId, UUID id);

    record Page(List<Client> items, long total) {
    }

    Page page(UUID organizationId, PageQuery query);
}
