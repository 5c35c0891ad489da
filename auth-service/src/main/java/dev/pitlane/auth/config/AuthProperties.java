package dev.pitlane.auth.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/** Settings of auth-service; the defaults and their meaning are in application.yml. */
@ConfigurationProperties("pitlane.auth")
public record AuthProperties(Duration accessTokenTtl, Duration refreshTokenTtl, Duration sessionMaxAge,
                             Duration passwordResetTtl, Duration invitationTtl, String resetLinkBase,
                             List<String> trustedProxies, Keys keys, Password password, Lockout lockout,
                             BootstrapAdmin bootstrapAdmin, Duration housekeepingInterval) {

    public record Keys(String secret, String directory, String activeKeyId, Duration rotationPeriod,
                       Duration rotationCheckInterval, Duration refreshInterval) {

        public boolean fromDirectory() {
            return directory != null && !directory.isBlank();
        }
    }

    public record Password(String algorithm, int argon2MemoryKib, int argon2Iterations, int argon2Parallelism,
                           int bcryptStrength, int minLength, int maxLength) {
    }

    public record Lockout(Limit account, AddressLimit address) {
    }

    public record AddressLimit(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window) {
    }

    public record Limit(int maxFailures, Duration window, Duration lockDuration) {
    }

    public record BootstrapAdmin(String email, String password) {

        public boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }
}
