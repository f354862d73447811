package org.ohchr.uprfund.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An RSA key pair made for this test run: the application verifies tokens with the public half,
 * {@link TestTokens} signs them with the private half. Nothing is read from or written to the repository.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://upr-fund.test/issuer";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            directory = Files.createTempDirectory("fund-test-keys");
            Path publicKey = directory.resolve("public.pem");
            Path privateKey = directory.resolve("private.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER,
                    "smallrye.jwt.sign.key.location", privateKey.toUri().toString());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not make test signing keys", e);
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
                // a temporary directory left behind holds only throwaway test keys
            }
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
