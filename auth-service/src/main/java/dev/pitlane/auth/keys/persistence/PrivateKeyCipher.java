package dev.pitlane.auth.keys.persistence;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Encrypts a private key for the database with AES-256-GCM under a key derived (PBKDF2) from the configured
 * secret. The key id is authenticated data, so a blob cannot be swapped onto another key's row unnoticed.
 * Layout: version(1) | salt(16) | iv(12) | ciphertext+tag.
 */
final class PrivateKeyCipher {

    private static final byte VERSION = 1;
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] secret;

    PrivateKeyCipher(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("pitlane.auth.keys.secret must have at least 16 characters");
        }
        this.secret = secret.toCharArray();
    }

    byte[] encrypt(String kid, byte[] plain) {
        byte[] salt = random(16);
        byte[] iv = random(12);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(128, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + salt.length + iv.length + sealed.length)
                    .put(VERSION).put(salt).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt signing key " + kid, e);
        }
    }

    byte[] decrypt(String kid, byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        if (in.get() != VERSION) {
            throw new IllegalStateException("Unknown encryption of signing key " + kid);
        }
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        in.get(salt).get(iv);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(salt), new GCMParameterSpec(128, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt signing key " + kid
                    + " (is PITLANE_AUTH_KEY_SECRET the one it was stored with?)", e);
        }
    }

    private SecretKeySpec key(byte[] salt) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(secret, salt, ITERATIONS, 256)).getEncoded();
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] random(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }
}
