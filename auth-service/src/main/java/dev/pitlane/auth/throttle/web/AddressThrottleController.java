package dev.pitlane.auth.throttle.web;

import dev.pitlane.auth.throttle.application.LoginThrottle;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.http.IpLiteral;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The per-address sign-in throttle, for platform administrators: addresses are no organization's data (one address
 * may be a whole office, or an attacker trying every tenant), so they are listed and lifted at platform level.
 */
@RestController
@Validated
@RequestMapping("/api/v1/auth/address-throttles")
@Tag(name = "Sign-in throttle", description = "Addresses slowed down after failed sign-ins (SUPER_ADMIN)")
class AddressThrottleController {

    private final LoginThrottle throttle;

    AddressThrottleController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sign-in-throttle:manage')")
    @Operation(summary = "Addresses with recent failed sign-ins, the most recent first; waitUntil: throttled until")
    List<LoginThrottle.AddressThrottle> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return throttle.addresses(limit);
    }

    @DeleteMapping("/{address}")
    @PreAuthorize("hasAuthority('sign-in-throttle:manage')")
    @Operation(summary = "Forget an address's failed sign-ins: it may sign in again at once")
    ResponseEntity<Void> lift(@PathVariable String address) {
        String canonical = IpLiteral.parse(address).map(IpLiteral::format)
                .orElseThrow(() -> DomainException.invalidField("address", "IpAddress", "must be an IP address"));
        if (!throttle.liftAddress(canonical)) {
            throw DomainException.notFound("Address throttle", canonical);
        }
        return ResponseEntity.noContent().build();
    }
}
