package dev.pitlane.auth.tokens.web;

import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.tokens.application.LoginService;
import dev.pitlane.auth.tokens.application.LogoutService;
import dev.pitlane.auth.tokens.application.OrganizationChoiceRequired;
import dev.pitlane.auth.tokens.application.RefreshService;
import dev.pitlane.auth.tokens.application.SignInLocked;
import dev.pitlane.auth.tokens.application.TokenPair;
import dev.pitlane.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Access and refresh tokens for people (public endpoints)")
class AuthController {

    private final LoginService login;
    private final RefreshService refresh;
    private final LogoutService logout;
    private final Clock clock;

    AuthController(LoginService login, RefreshService refresh, LogoutService logout, Clock clock) {
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
        this.clock = clock;
    }

    record LoginRequest(@NotBlank @Size(max = 254) @Schema(example = "admin@demo-motors.local") String email,
                        @NotBlank @Size(max = 1024) @Schema(example = "pitlane-demo") String password,
                        @Schema(description = "Only when the email has accounts in several organizations")
                        UUID organizationId) {
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                         long refreshExpiresIn) {
        static TokenResponse of(TokenPair pair, Instant now) {
            return new TokenResponse(pair.accessToken(), "Bearer", seconds(now, pair.accessTokenExpiresAt()),
                    pair.refreshToken(), seconds(now, pair.refreshTokenExpiresAt()));
        }

        private static long seconds(Instant now, Instant then) {
            return Math.max(0, Duration.between(now, then).toSeconds());
        }
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with email and password",
            description = "401 invalid-credentials for a wrong email or password (one answer for both); 429 "
                    + "too-many-attempts while the account or the address is locked out; 409 "
                    + "organization-required, with the candidate organizations, when the email and password fit "
                    + "accounts in several organizations.")
    TokenResponse login(@Valid @RequestBody LoginRequest body, RequestOrigin origin) {
        return TokenResponse.of(login.login(body.email(), body.password(), body.organizationId(), origin),
                clock.instant());
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; the refresh token presented is used up",
            description = "Presenting a refresh token a second time ends the whole session (reuse detection).")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, RequestOrigin origin) {
        return TokenResponse.of(refresh.refresh(body.refreshToken(), origin), clock.instant());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the session of this refresh token")
    void logout(@Valid @RequestBody RefreshRequest body, RequestOrigin origin) {
        logout.logout(body.refreshToken(), origin);
    }

    @ExceptionHandler(SignInLocked.class)
    ResponseEntity<ProblemDetail> locked(SignInLocked e, HttpServletRequest request) {
        // rounded up: a client that waits exactly this long is let in
        long retryAfter = Math.max(1, (Duration.between(clock.instant(), e.until()).toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(retryAfter))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                        e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(OrganizationChoiceRequired.class)
    ResponseEntity<ProblemDetail> chooseOrganization(OrganizationChoiceRequired e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "organization-required", "Organization required",
                e.getMessage(), request.getRequestURI());
        problem.setProperty("organizations", e.choices());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
