package dev.pitlane.auth.clients.web;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.clients.application.ClientService;
import dev.pitlane.auth.clients.domain.Client;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Partner clients", description = "Machine clients (client credentials) of the caller's organization")
class ClientController {

    private final ClientService clients;

    ClientController(ClientService clients) {
        this.clients = clients;
    }

    record CreateClientRequest(@NotBlank @Size(max = 100) @Schema(example = "OEM warranty portal") String name,
                               @Size(max = 500) String description,
                               @NotEmpty @Schema(example = "[\"item:read\", \"stock:read\"]")
                               Set<@NotBlank String> permissions) {
    }

    record UpdateClientRequest(@Size(max = 100) @Pattern(regexp = ".*\\S.*") String name,
                               @Size(max = 500) String description,
                               @Size(min = 1) Set<@NotBlank String> permissions,
                               Boolean enabled) {
    }

    record ClientView(UUID id, String name, String description, List<String> permissions, boolean enabled,
                      Instant secretRotatedAt, String createdBy, Instant createdAt, Instant updatedAt,
                      Instant lastUsedAt, long version) {
        static ClientView of(Client c) {
            return new ClientView(c.id(), c.name(), c.description(), c.permissions().stream().sorted().toList(),
                    c.enabled(), c.secretRotatedAt(), c.createdBy(), c.createdAt(), c.updatedAt(), c.lastUsedAt(),
                    c.version());
        }
    }

    @Schema(description = "clientSecret is shown only here; store it now")
    record ClientWithSecretView(ClientView client, String clientId, String clientSecret) {
        static ClientWithSecretView of(ClientService.WithSecret made) {
            return new ClientWithSecretView(ClientView.of(made.client()), made.client().id().toString(),
                    made.secret());
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('client:manage')")
    @Operation(summary = "Register a partner client; the answer carries its secret, once",
            description = "The permissions must be tenant permissions the caller holds (400 otherwise).")
    ResponseEntity<ClientWithSecretView> create(@Valid @RequestBody CreateClientRequest body, RequestOrigin origin) {
        var made = clients.create(body.name(), body.description(), body.permissions(), origin);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + made.client().id()))
                .body(ClientWithSecretView.of(made));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('client:manage')")
    PageResponse<ClientView> list(@RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) List<String> sort) {
        PageQuery query = PageQuery.of(page, size, sort, Map.of("name", "name", "createdAt", "created_at"),
                new PageQuery.Sort("name", false));
        return clients.list(query).map(ClientView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('client:manage')")
    ClientView get(@PathVariable UUID id) {
        return ClientView.of(clients.get(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('client:manage')")
    @Operation(summary = "Rename, re-scope, disable or enable a client")
    ClientView update(@PathVariable UUID id, @Valid @RequestBody UpdateClientRequest body, RequestOrigin origin) {
        return ClientView.of(clients.update(id, new ClientService.Change(body.name(), body.description(),
                body.permissions(), body.enabled()), origin));
    }

    @PostMapping("/{id}/secret")
    @PreAuthorize("hasAuthority('client:manage')")
    @Operation(summary = "Replace the client's secret; the old one stops working at once")
    ClientWithSecretView rotateSecret(@PathVariable UUID id, RequestOrigin origin) {
        return ClientWithSecretView.of(clients.rotateSecret(id, origin));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('client:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a client; its tokens already issued run until they expire")
    void delete(@PathVariable UUID id, RequestOrigin origin) {
        clients.delete(id, origin);
    }
}
