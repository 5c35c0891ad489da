package dev.pitlane.auth.keys.persistence;

import dev.pitlane.auth.keys.domain.KeyRing;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyFilesAndCipherTest {

    @TempDir
    Path dir;

    @Test
    void keysFromAMountedSecretArePublishedAndTheLastNameSigns() throws Exception {
        KeyPair older = RsaKeys.generate();
        KeyPair newer = RsaKeys.generate();
        Files.writeString(dir.resolve("2025-01.pem"), pem("RSA PRIVATE KEY", pkcs1((RSAPrivateCrtKey) older.getPrivate())));
        Files.writeString(dir.resolve("2026-01.pem"), pem("PRIVATE KEY", newer.getPrivate().getEncoded()));
        Files.createDirectory(dir.resolve("..2026_01_01"));
        Files.writeString(dir.resolve("README.txt"), "not a key");

        KeyRing ring = new DirectorySigningKeyStore(dir, "").load(Instant.now());
        assertThat(ring.active().kid()).isEqualTo("2026-01");
        assertThat(ring.active().publicKey()).isEqualTo(newer.getPublic());
        assertThat(ring.publishedAt(Instant.now())).extracting(k -> k.kid()).containsExactly("2025-01", "2026-01");
        assertThat(ring.keys().get(0).publicKey()).as("PKCS#1, as Helm's genPrivateKey writes it")
                .isEqualTo(older.getPublic());

        var pinned = new DirectorySigningKeyStore(dir, "2025-01");
        assertThat(pinned.load(Instant.now()).active().kid()).isEqualTo("2025-01");
        assertThat(pinned.rotatable()).isFalse();
        assertThatThrownBy(() -> new DirectorySigningKeyStore(dir, "missing").load(Instant.now()))
                .hasMessageContaining("missing");
    }

    @Test
    void anEncryptedKeyOpensOnlyWithItsSecretAndUnderItsOwnKeyId() {
        byte[] key = RsaKeys.generate().getPrivate().getEncoded();
        PrivateKeyCipher cipher = new PrivateKeyCipher("a-secret-of-sixteen-or-more");
        byte[] sealed = cipher.encrypt("kid-1", key);
        assertThat(cipher.decrypt("kid-1", sealed)).isEqualTo(key);
        assertThatThrownBy(() -> cipher.decrypt("kid-2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PrivateKeyCipher("another-secret-of-sixteen").decrypt("kid-1", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PrivateKeyCipher("short")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] pkcs1(RSAPrivateCrtKey k) throws Exception {
        return new RSAPrivateKey(k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(), k.getPrimeP(),
                k.getPrimeQ(), k.getPrimeExponentP(), k.getPrimeExponentQ(), k.getCrtCoefficient()).getEncoded();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
