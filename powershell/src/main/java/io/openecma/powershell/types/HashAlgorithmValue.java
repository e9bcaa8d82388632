package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * System.Security.Cryptography hash algorithms (SHA256, SHA1, SHA384, SHA512, MD5) on Java's
 * MessageDigest: {@code [T]::Create()} (or New-Object ...Managed), {@code ComputeHash(byte[])},
 * {@code ComputeHash(byte[], offset, count)}, {@code HashSize}, {@code Dispose()}.
 */
public final class HashAlgorithmValue {

    /** The algorithms, by .NET name, with the class holding each one's static {@code Create()}. */
    public enum Kind {
        SHA256("SHA-256", Sha256.class), SHA1("SHA-1", Sha1.class), SHA384("SHA-384", Sha384.class),
        SHA512("SHA-512", Sha512.class), MD5("MD5", Md5.class);

        private final String javaName;
        private final Class<?> statics;

        Kind(String javaName, Class<?> statics) {
            this.javaName = javaName;
            this.statics = statics;
        }

        public Class<?> statics() {
            return statics;
        }
    }

    public static final class Sha256 {
        public static HashAlgorithmValue Create() {
            return new HashAlgorithmValue(Kind.SHA256);
        }
    }

    public static final class Sha1 {
        public static HashAlgorithmValue Create() {
            return new HashAlgorithmValue(Kind.SHA1);
        }
    }

    public static final class Sha384 {
        public static HashAlgorithmValue Create() {
            return new HashAlgorithmValue(Kind.SHA384);
        }
    }

    public static final class Sha512 {
        public static HashAlgorithmValue Create() {
            return new HashAlgorithmValue(Kind.SHA512);
        }
    }

    public static final class Md5 {
        public static HashAlgorithmValue Create() {
            return new HashAlgorithmValue(Kind.MD5);
        }
    }

    private final Kind kind;
    private final MessageDigest digest;
    private boolean disposed;

    public HashAlgorithmValue(Kind kind) {
        this.kind = kind;
        try {
            this.digest = MessageDigest.getInstance(kind.javaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(kind.javaName + " is not available in this JVM", e);
        }
    }

    public byte[] ComputeHash(Object buffer) {
        byte[] bytes = bytes(buffer);
        return ComputeHash(bytes, 0, bytes.length);
    }

    public byte[] ComputeHash(Object buffer, int offset, int count) {
        if (disposed) {
            throw new PSRuntimeException("ObjectDisposedException", "Cannot access a disposed object.");
        }
        byte[] bytes = bytes(buffer);
        if (offset < 0 || count < 0 || offset + count > bytes.length) {
            throw new PSRuntimeException("ArgumentException", "Offset and length were out of bounds for the array.");
        }
        digest.reset();
        digest.update(bytes, offset, count);
        return digest.digest();
    }

    public int getHashSize() {
        return digest.getDigestLength() * 8;
    }

    public void Dispose() {
        disposed = true;
    }

    public void Clear() {
        disposed = true;
    }

    @Override
    public String toString() {
        return "System.Security.Cryptography." + kind.name() + "Cng";
    }

    /** A byte[] as scripts hold it: Java bytes, or an array/list of numbers 0..255. */
    private static byte[] bytes(Object buffer) {
        Object b = LanguagePrimitives.unwrapNull(buffer);
        if (b == null) {
            throw new PSRuntimeException("ArgumentNullException", "Value cannot be null.\r\nParameter name: buffer")
                    .withParamName("buffer");
        }
        if (b instanceof byte[] raw) {
            return raw;
        }
        List<Object> items = LanguagePrimitives.toList(b);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) LanguagePrimitives.toNumber(LanguagePrimitives.base(items.get(i))).intValue();
        }
        return out;
    }
}
