package dev.pitlane.auth.passwords.application;

import dev.pitlane.auth.config.AuthProperties;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Password hashing: Argon2id by default, bcrypt on request, each hash prefixed with its algorithm so both can be
 * read. A hash made with weaker settings than the configured ones is upgraded at the user's next sign-in.
 *
 * <p>At most one hash per processor runs at a time; the others wait their turn in arrival order. Hashing is pure
 * CPU (and Argon2 memory), so more at once only makes every one of them slower and the heap larger: under a burst
 * of sign-ins the queue keeps the latency fair and the memory bounded.
 */
@Component
public class PasswordHasher {

    private final PasswordEncoder encoder;
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    /** Checked when an email has no account, so that the answer takes as long as for a real one. */
    private final String decoyHash;

    public PasswordHasher(AuthProperties properties) {
        AuthProperties.Password p = properties.password();
        String id = switch (p.algorithm()) {
            case "argon2id" -> "argon2";
            case "bcrypt" -> "bcrypt";
            default -> throw new IllegalArgumentException("pitlane.auth.password.algorithm must be argon2id or bcrypt");
        };
        this.encoder = new DelegatingPasswordEncoder(id, Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, p.argon2Parallelism(), p.argon2MemoryKib(),
                        p.argon2Iterations()),
                "bcrypt", new BCryptPasswordEncoder(p.bcryptStrength())));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.decoyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        return inTurn(() -> encoder.encode(password));
    }

    /** False also for a null hash (a user who never chose a password). */
    public boolean matches(String password, String hash) {
        if (hash == null) {
            decoy(password);
            return false;
        }
        return inTurn(() -> encoder.matches(password, hash));
    }

    /** Spends the time of one check on nothing. */
    public void decoy(String password) {
        inTurn(() -> encoder.matches(password, decoyHash));
    }

    public boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> T inTurn(Supplier<T> work) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to hash a password", e);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
