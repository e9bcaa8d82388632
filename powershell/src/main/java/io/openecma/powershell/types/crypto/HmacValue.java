package io.openecma.powershell.types.crypto;

import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.EncodingValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * System.Security.Cryptography.HMACSHA256 / HMACSHA1 / HMACSHA384 / HMACSHA512 / HMACMD5: a keyed
 * hash; without a key a random one is made (64 bytes, 128 for SHA-384/512), as in .NET.
 */
public final class HmacValue {
    private final String netName;
    private final String javaName;
    private byte[] key;
    private boolean disposed;

    public HmacValue(String netName, String javaName, Object key) {
        this.netName = netName;
        this.javaName = javaName;
        if (key == null) {
            this.key = new byte[javaName.endsWith("384") || javaName.endsWith("512") ? 128 : 64];
            new SecureRandom().nextBytes(this.key);
        } else {
            setKey(key);
        }
    }

    public byte[] getKey() {
        return key.clone();
    }

    public void setKey(Object value) {
        if (io.openecma.powershell.runtime.LanguagePrimitives.unwrapNull(value) == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: key")
                    .withParamName("key");
        }
        key = EncodingValue.bytes(value).clone();
    }

    public int getHashSize() {
        return mac().getMacLength() * 8;
    }

    public String getHashName() {
        return netName.substring(4);
    }

    public byte[] ComputeHash(Object buffer) {
        byte[] b = EncodingValue.bytes(buffer);
        return ComputeHash(b, 0, b.length);
    }

    public byte[] ComputeHash(Object buffer, int offset, int count) {
        if (disposed) {
            throw new PSRuntimeException("System.ObjectDisposedException", "Cannot access a disposed object.");
        }
        byte[] b = EncodingValue.bytes(buffer);
        if (offset < 0 || count < 0 || offset + count > b.length) {
            throw new PSRuntimeException("System.ArgumentException", "Offset and length were out of bounds for the array or "
                    + "count is greater than the number of elements from index to the end of the source collection.");
        }
        Mac mac = mac();
        mac.update(b, offset, count);
        return mac.doFinal();
    }

    public void Dispose() {
        disposed = true;
    }

    public void Clear() {
        disposed = true;
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(javaName);
            // A zero-length key is legal in .NET; Java's key spec refuses it, and HMAC pads it with zeros anyway.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, javaName));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(javaName + " is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "System.Security.Cryptography." + netName;
    }
}
