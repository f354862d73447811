package org.ohchr.uprfund.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An RSA key pair made for this test run: the application verifies tokens with the public half, {@link TestTokens}
 * signs them with the private half (in the test JVM, so integration tests of the packaged jar sign as unit tests do).
 * Nothing is read from or written to the repository.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://upr-fund.test/issuer";

    private static KeyPair keys;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            KeyPair pair = signingKeys();
            directory = Files.createTempDirectory("fund-test-keys");
            Path publicKey = directory.resolve("public.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the test verification key", e);
        }
    }

    @Override
    public void stop() {
        if (directory != null) {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(directory);
            } catch (IOException ignored) {
                // a temporary directory left behind holds only a throwaway public key
            }
        }
    }

    /** The private key of this JVM's test key pair. */
    static PrivateKey signingKey() {
        return signingKeys().getPrivate();
    }

    private static synchronized KeyPair signingKeys() {
        if (keys == null) {
            keys = newKeyPair();
        }
        return keys;
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
