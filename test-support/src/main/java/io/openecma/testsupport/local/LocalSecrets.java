package io.openecma.testsupport.local;

import io.openecma.schemas.crypto.SealedBox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local stack's secrets, generated on first start and kept in the data folder so that
 * encrypted values and tokens stay valid across restarts.
 *
 * @param secretKey   base64 of a 32-byte AES key ({@code OPENECMA_SECRET_KEY})
 * @param secretKeyId its key id ({@code OPENECMA_SECRET_KEY_ID})
 * @param adminToken  the admin API bearer token ({@code OPENECMA_ADMIN_TOKEN})
 * @param passwordPublicKey  the key the ingress seals passwords with ({@code OPENECMA_PASSWORD_PUBLIC_KEY})
 * @param passwordPrivateKey the key only the password-worker opens them with ({@code OPENECMA_PASSWORD_PRIVATE_KEY})
 * @param dbReaderPassword   the password of the read-only role the ingress reads PostgreSQL with
 *                           ({@code OPENECMA_DB_READER_PASSWORD}; sync-core sets the role up)
 */
public record LocalSecrets(String secretKey, String secretKeyId, String adminToken, String passwordPublicKey,
                           String passwordPrivateKey, String dbReaderPassword) {

    /** The read-only role sync-core sets up for the ingress (its default name). */
    static final String DB_READER = "openecma_reader";

    private static final SecureRandom RANDOM = new SecureRandom();

    static LocalSecrets loadOrCreate(Path dataDir) {
        String key = readOrCreate(dataDir.resolve("secret-key"), () -> Base64.getEncoder().encodeToString(randomBytes(32)));
        String token = readOrCreate(dataDir.resolve("admin-token"),
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24)));
        Path publicFile = dataDir.resolve("password-public-key");
        Path privateFile = dataDir.resolve("password-private-key");
        if (!Files.exists(publicFile) || !Files.exists(privateFile)) {
            String[] pair = SealedBox.newKeyPair();
            write(privateFile, pair[1]);
            write(publicFile, pair[0]);
        }
        String reader = readOrCreate(dataDir.resolve("db-reader-password"),
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24)));
        return new LocalSecrets(key, "local-1", token, readOrCreate(publicFile, () -> null),
                readOrCreate(privateFile, () -> null), reader);
    }

    /**
     * The secrets one service gets, no more: the ingress seals passwords with the public key,
     * reads PostgreSQL as the read-only role and holds neither the shared AES key nor the admin
     * token; only the password-worker holds the private key; the workers do not get the admin token.
     * Other services (tests' own) get the shared ones.
     */
    Map<String, String> environmentFor(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!service.equals("scim-ingress")) {
            env.put("OPENECMA_SECRET_KEY", secretKey);
            env.put("OPENECMA_SECRET_KEY_ID", secretKeyId);
        }
        if (!service.equals("scim-ingress") && !service.endsWith("-worker")) {
            env.put("OPENECMA_ADMIN_TOKEN", adminToken);
        }
        if (service.equals("scim-ingress")) {
            env.put("OPENECMA_PASSWORD_PUBLIC_KEY", passwordPublicKey);
            env.put("DB_USER", DB_READER);
            env.put("DB_PASSWORD", dbReaderPassword);
        }
        if (service.equals("sync-core")) {
            env.put("OPENECMA_DB_READER_PASSWORD", dbReaderPassword);
        }
        if (service.equals("password-worker")) {
            env.put("OPENECMA_PASSWORD_PRIVATE_KEY", passwordPrivateKey);
        }
        return env;
    }

    @Override
    public String toString() {
        return "LocalSecrets[***]";
    }

    private static void write(Path file, String value) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
            ownerOnly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String readOrCreate(Path file, Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.getParent());
            String value = generator.get();
            Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
            ownerOnly(file);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
