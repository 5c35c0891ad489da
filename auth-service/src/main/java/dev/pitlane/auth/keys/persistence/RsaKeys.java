package dev.pitlane.auth.keys.persistence;

import org.bouncycastle.asn1.pkcs.RSAPrivateKey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Generates RSA keys and reads them from PEM (PKCS#8, or PKCS#1 as Helm's genPrivateKey and openssl write). */
final class RsaKeys {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (RSA )?PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END (RSA )?PRIVATE KEY-----");

    private RsaKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAPrivateCrtKey privateKeyFromPkcs8(byte[] der) {
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA private key", e);
        }
    }

    static RSAPublicKey publicKeyFromX509(byte[] der) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key", e);
        }
    }

    static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAPrivateCrtKey privateKeyFromPem(String pem) {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException("No PEM private key found");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        if (m.group(1) == null) {
            return privateKeyFromPkcs8(der);
        }
        RSAPrivateKey pkcs1 = RSAPrivateKey.getInstance(der);
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                    pkcs1.getModulus(), pkcs1.getPublicExponent(), pkcs1.getPrivateExponent(), pkcs1.getPrime1(),
                    pkcs1.getPrime2(), pkcs1.getExponent1(), pkcs1.getExponent2(), pkcs1.getCoefficient()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA private key", e);
        }
    }
}
