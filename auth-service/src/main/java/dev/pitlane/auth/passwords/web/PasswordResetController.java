package dev.pitlane.auth.passwords.web;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.passwords.application.PasswordResetService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/auth/password-reset")
@Tag(name = "Password reset", description = "Forgotten passwords and first passwords of invited users (public)")
class PasswordResetController {

    private final PasswordResetService resets;

    PasswordResetController(PasswordResetService resets) {
        this.resets = resets;
    }

    record ResetRequest(@NotBlank @Size(max = 254) String email, UUID organizationId) {
    }

    record ResetConfirmation(@NotBlank @Size(max = 200) String token, @NotBlank String newPassword) {
    }

    @PostMapping("/request")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a reset token to the account's owner",
            description = "Always 202, whether or not the email has an account.")
    void request(@Valid @RequestBody ResetRequest body, RequestOrigin origin) {
        resets.request(body.email(), body.organizationId(), origin);
    }

    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with a reset (or invitation) token",
            description = "The token works once; every session of the account ends. 422 invalid-reset-token for "
                    + "an unknown, used or expired token; 400 for a password the policy refuses (the token "
                    + "stays usable).")
    void confirm(@Valid @RequestBody ResetConfirmation body, RequestOrigin origin) {
        resets.confirm(body.token(), body.newPassword(), origin);
    }
}
