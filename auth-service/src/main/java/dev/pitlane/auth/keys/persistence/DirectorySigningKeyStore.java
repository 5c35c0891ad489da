package dev.pitlane.auth.keys.persistence;

import dev.pitlane.auth.keys.application.SigningKeyStore;
import dev.pitlane.auth.keys.domain.KeyRing;
import dev.pitlane.auth.keys.domain.SigningKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keys from PEM files in a directory, as a Kubernetes Secret mounts them: each file {@code <kid>.pem} is a key,
 * all are published, and the one named by the active key id (or else the last name in sorted order) signs.
 * Rotating means adding a file that sorts last, then removing the old one once its tokens have expired; the
 * directory is read again on every refresh, so a changed Secret needs no restart.
 */
final class DirectorySigningKeyStore implements SigningKeyStore {

    private final Path directory;
    private final String activeKeyId;

    DirectorySigningKeyStore(Path directory, String activeKeyId) {
        this.directory = directory;
        this.activeKeyId = activeKeyId == null || activeKeyId.isBlank() ? null : activeKeyId;
    }

    @Override
    public KeyRing load(Instant now) {
        List<SigningKey> keys = new ArrayList<>();
        for (Path file : pemFiles()) {
            String name = file.getFileName().toString();
            String kid = name.substring(0, name.length() - ".pem".length());
            RSAPrivateCrtKey key = RsaKeys.privateKeyFromPem(read(file));
            keys.add(new SigningKey(kid, RsaKeys.publicKeyOf(key), key, null, false, null));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("No <kid>.pem signing key in " + directory);
        }
        String signing = activeKeyId != null ? activeKeyId : keys.get(keys.size() - 1).kid();
        // a key file is published for as long as it is in the directory
        List<SigningKey> marked = keys.stream().map(k -> new SigningKey(k.kid(), k.publicKey(), k.privateKey(),
                k.createdAt(), k.kid().equals(signing), Instant.MAX)).toList();
        SigningKey active = marked.stream().filter(SigningKey::active).findFirst().orElseThrow(() ->
                new IllegalStateException("The active signing key " + signing + " is not in " + directory));
        return new KeyRing(active, marked);
    }

    @Override
    public KeyRing rotate(Instant now) {
        throw new UnsupportedOperationException("Keys from files are rotated by replacing the files");
    }

    @Override
    public KeyRing rotateIfDue(Instant now) {
        return load(now);
    }

    @Override
    public boolean rotatable() {
        return false;
    }

    private List<Path> pemFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            // a mounted Secret also holds ..data and ..<timestamp> entries: only <kid>.pem counts
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".pem") && !name.startsWith(".") && Files.isRegularFile(f);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read signing keys from " + directory, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
