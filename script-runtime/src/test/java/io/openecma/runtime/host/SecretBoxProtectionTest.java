package io.openecma.runtime.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openecma.powershell.host.DataProtection;
import io.openecma.schemas.crypto.SecretBox;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretBoxProtectionTest {
    private static SecretBox box(String id, int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return new SecretBox(id, key);
    }

    @Test
    void roundTripsUnderTheSameKeyOnly() {
        byte[] plain = "s3cret".getBytes(StandardCharsets.UTF_16LE);
        byte[] sealed = new SecretBoxProtection(box("k1", 1)).protect(plain);
        assertArrayEquals(plain, new SecretBoxProtection(box("k1", 1)).unprotect(sealed));
        assertThrows(DataProtection.WrongKeyException.class, () -> new SecretBoxProtection(box("k1", 2)).unprotect(sealed));
        assertThrows(DataProtection.WrongKeyException.class, () -> new SecretBoxProtection(box("k2", 1)).unprotect(sealed));
    }
}
