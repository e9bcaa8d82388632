package io.openecma.testsupport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The local stack's secrets, generated on first start and kept in the data folder so that
 * encrypted values and tokens stay valid across restarts.
 *
 * @param secretKey   base64 of a 32-byte AES key ({@code OPENECMA_SECRET_KEY})
 * @param secretKeyId its key id ({@code OPENECMA_SECRET_KEY_ID})
 * @param adminToken  the admin API bearer token ({@code OPENECMA_ADMIN_TOKEN})
 */
public record LocalSecrets(String secretKey, String secretKeyId, String adminToken) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static LocalSecrets loadOrCreate(Path dataDir) {
        String key = readOrCreate(dataDir.resolve("secret-key"), () -> Base64.getEncoder().encodeToString(randomBytes(32)));
        String token = readOrCreate(dataDir.resolve("admin-token"),
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24)));
        return new LocalSecrets(key, "local-1", token);
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
