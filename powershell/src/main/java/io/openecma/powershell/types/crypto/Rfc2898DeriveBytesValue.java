package io.openecma.powershell.types.crypto;

import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.EncodingValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * System.Security.Cryptography.Rfc2898DeriveBytes: PBKDF2 with HMAC-SHA1 (the only PRF of .NET
 * Framework 4.x), 1000 iterations by default, the password as UTF-8. Successive GetBytes calls
 * continue the same key stream; Reset starts it again.
 */
public final class Rfc2898DeriveBytesValue {
    private final byte[] password;
    private byte[] salt;
    private int iterations;
    private final ByteArrayOutputStream stream = new ByteArrayOutputStream();
    private int served;
    private int block;

    public Rfc2898DeriveBytesValue(String password, Object salt) {
        this(password, salt, 1000);
    }

    public Rfc2898DeriveBytesValue(String password, Object salt, int iterations) {
        this(bytesOf(password), EncodingValue.bytes(salt), iterations);
    }

    public Rfc2898DeriveBytesValue(String password, int saltSize) {
        this(password, saltSize, 1000);
    }

    public Rfc2898DeriveBytesValue(String password, int saltSize, int iterations) {
        this(bytesOf(password), randomSalt(saltSize), iterations);
    }

    private Rfc2898DeriveBytesValue(byte[] password, byte[] salt, int iterations) {
        this.password = password;
        setSalt(salt);
        setIterationCount(iterations);
    }

    private static byte[] bytesOf(String password) {
        if (password == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: password")
                    .withParamName("password");
        }
        return password.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomSalt(int size) {
        if (size < 0) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Non-negative number required.\r\nParameter name: saltSize").withParamName("saltSize");
        }
        byte[] s = new byte[size];
        new SecureRandom().nextBytes(s);
        return s;
    }

    public byte[] getSalt() {
        return salt.clone();
    }

    public void setSalt(Object value) {
        byte[] s = EncodingValue.bytes(value);
        if (s.length < 8) {
            throw new PSRuntimeException("System.ArgumentException", "Salt is not at least eight bytes.");
        }
        salt = s.clone();
        Reset();
    }

    public int getIterationCount() {
        return iterations;
    }

    public void setIterationCount(int value) {
        if (value <= 0) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Positive number required.\r\nParameter name: value").withParamName("value");
        }
        iterations = value;
        Reset();
    }

    public byte[] GetBytes(int cb) {
        if (cb <= 0) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Positive number required.\r\nParameter name: cb").withParamName("cb");
        }
        while (stream.size() < served + cb) {
            stream.writeBytes(nextBlock());
        }
        byte[] out = Arrays.copyOfRange(stream.toByteArray(), served, served + cb);
        served += cb;
        return out;
    }

    public void Reset() {
        stream.reset();
        served = 0;
        block = 0;
    }

    public void Dispose() {
    }

    /** PBKDF2's F(P, S, c, i): the XOR of c chained HMAC-SHA1 values. */
    private byte[] nextBlock() {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA1"));
            block++;
            mac.update(salt);
            mac.update(new byte[]{(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            return t;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "System.Security.Cryptography.Rfc2898DeriveBytes";
    }
}
