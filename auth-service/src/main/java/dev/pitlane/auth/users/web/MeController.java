package dev.pitlane.auth.users.web;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.users.application.ProfileChange;
import dev.pitlane.auth.users.application.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Every signed-in person may read and change their own profile and password; no permission is needed. */
@RestController
@RequestMapping("/api/v1/users/me")
@Tag(name = "Users", description = "The users of the caller's organization")
class MeController {

    private final UserService users;

    MeController(UserService users) {
        this.users = users;
    }

    record UpdateMeRequest(@Size(max = 100) @Pattern(regexp = UserController.NOT_BLANK) String firstName,
                           @Size(max = 100) @Pattern(regexp = UserController.NOT_BLANK) String lastName,
                           @Size(max = 40) String phone,
                           @Size(max = 100) String jobTitle) {
    }

    record ChangePasswordRequest(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank String newPassword) {
    }

    @GetMapping
    @Operation(summary = "The caller's own profile")
    UserView me() {
        return UserView.of(users.me());
    }

    @PatchMapping
    @Operation(summary = "Change the caller's own names, phone or job title")
    UserView update(@Valid @RequestBody UpdateMeRequest body, RequestOrigin origin) {
        return UserView.of(users.updateMe(new ProfileChange(null, body.firstName(), body.lastName(), body.phone(),
                body.jobTitle()), origin));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the caller's password; every other session of the account ends")
    void changePassword(@Valid @RequestBody ChangePasswordRequest body, @AuthenticationPrincipal Jwt token,
                        RequestOrigin origin) {
        String sid = token.getClaimAsString("sid");
        users.changeMyPassword(body.currentPassword(), body.newPassword(), sid == null ? null : UUID.fromString(sid),
                origin);
    }
}
