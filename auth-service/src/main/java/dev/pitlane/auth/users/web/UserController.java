package dev.pitlane.auth.users.web;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.users.application.NewUser;
import dev.pitlane.auth.users.application.ProfileChange;
import dev.pitlane.auth.users.application.UserService;
import dev.pitlane.auth.users.application.UserStore;
import dev.pitlane.auth.users.domain.UserStatus;
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
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "The users of the caller's organization")
class UserController {

    static final String NOT_BLANK = ".*\\S.*";

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    record CreateUserRequest(
            @NotBlank @Size(max = 254) @Schema(example = "ravi@demo-motors.local") String email,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 40) String phone,
            @Size(max = 100) String jobTitle,
            @NotEmpty @Schema(example = "[\"TECHNICIAN\"]") Set<@NotBlank String> roles,
            @Schema(description = "Service centers a center's staff works at; empty: not bound to any")
            Set<UUID> serviceCenterIds,
            @Size(max = 128) @Schema(description = "The first password; omit it to send the user an invitation "
                    + "to choose one")
            String password) {
    }

    record UpdateUserRequest(@Size(max = 254) @Pattern(regexp = NOT_BLANK) String email,
                             @Size(max = 100) @Pattern(regexp = NOT_BLANK) String firstName,
                             @Size(max = 100) @Pattern(regexp = NOT_BLANK) String lastName,
                             @Size(max = 40) String phone,
                             @Size(max = 100) String jobTitle) {
    }

    record RoleAssignment(@NotEmpty Set<@NotBlank String> roles, Set<UUID> serviceCenterIds) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('user:manage')")
    @Operation(summary = "Create a user of the caller's organization",
            description = "409 duplicate (field email) when the organization already has the email.")
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest body, RequestOrigin origin) {
        var user = users.create(new NewUser(body.email(), body.firstName(), body.lastName(), body.phone(),
                body.jobTitle(), body.roles(), body.serviceCenterIds(), body.password()), origin);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserView.of(user));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('user:read')")
    @Operation(summary = "List users; filter by status, role, service center or text (email, names)")
    PageResponse<UserView> list(@RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) List<String> sort,
                                @RequestParam(required = false) UserStatus status,
                                @RequestParam(required = false) String role,
                                @RequestParam(required = false) UUID serviceCenterId,
                                @RequestParam(required = false) @Size(max = 100) String q) {
        PageQuery query = PageQuery.of(page, size, sort, Map.of("email", "email", "lastName", "last_name",
                "createdAt", "created_at"), new PageQuery.Sort("email", false));
        return users.list(new UserStore.Filter(status, role, serviceCenterId, q), query).map(UserView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('user:read')")
    UserView get(@PathVariable UUID id) {
        return UserView.of(users.get(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('user:manage')")
    @Operation(summary = "Change a user's profile; roles and service centers change through PUT .../roles")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest body, RequestOrigin origin) {
        return UserView.of(users.updateProfile(id, new ProfileChange(body.email(), body.firstName(),
                body.lastName(), body.phone(), body.jobTitle()), origin));
    }

    @PutMapping("/{id}/roles")
    @PreAuthorize("hasAuthority('user:manage')")
    @Operation(summary = "Set a user's roles and service centers",
            description = "SUPER_ADMIN cannot be given; the last active ORG_ADMIN cannot lose the role (409).")
    UserView assignRoles(@PathVariable UUID id, @Valid @RequestBody RoleAssignment body, RequestOrigin origin) {
        return UserView.of(users.assignRoles(id, body.roles(),
                body.serviceCenterIds() == null ? Set.of() : body.serviceCenterIds(), origin));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('user:manage')")
    @Operation(summary = "Deactivate a user: no more sign-ins, every session ends",
            description = "Users are deactivated rather than deleted, so the activity log keeps naming them.")
    UserView deactivate(@PathVariable UUID id, RequestOrigin origin) {
        return UserView.of(users.deactivate(id, origin));
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasAuthority('user:manage')")
    UserView activate(@PathVariable UUID id, RequestOrigin origin) {
        return UserView.of(users.activate(id, origin));
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('user:manage')")
    @Operation(summary = "Lift the temporary sign-in lockout of a user's account")
    UserView unlock(@PathVariable UUID id, RequestOrigin origin) {
        return UserView.of(users.unlock(id, origin));
    }
}
