package dev.pitlane.auth.keys.web;

import dev.pitlane.auth.keys.application.KeyRingService;
import dev.pitlane.auth.keys.domain.SigningKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Signing key rotation for platform administrators. {@code organization:manage} is the platform's
 * administration permission (only SUPER_ADMIN holds it): the suite's fixed permission list has no separate one
 * for keys.
 */
@RestController
@RequestMapping("/api/v1/auth/keys")
@Tag(name = "Signing keys", description = "Rotation of the token signing keys (SUPER_ADMIN)")
class KeyAdministrationController {

    private final KeyRingService keys;

    KeyAdministrationController(KeyRingService keys) {
        this.keys = keys;
    }

    record KeyView(String kid, String status, Instant createdAt, Instant publishedUntil) {
        static KeyView of(SigningKey key) {
            return new KeyView(key.kid(), key.active() ? "ACTIVE" : "RETIRED", key.createdAt(),
                    Instant.MAX.equals(key.publishUntil()) ? null : key.publishUntil());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:manage')")
    @Operation(summary = "The keys in the JWKS: the active one and retired ones still valid")
    List<KeyView> list() {
        return keys.keys().stream().map(KeyView::of).toList();
    }

    @PostMapping("/rotate")
    @PreAuthorize("hasAuthority('organization:manage')")
    @Operation(summary = "Make a new key active now; the old one stays published until its tokens expire")
    KeyView rotate() {
        return KeyView.of(keys.rotate());
    }
}
