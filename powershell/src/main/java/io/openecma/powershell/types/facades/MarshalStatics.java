package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.powershell.runtime.PSRuntimeException;

/**
 * The [Runtime.InteropServices.Marshal] members scripts use to read a SecureString back:
 * SecureStringToBSTR / SecureStringToGlobalAllocUnicode give a handle (an IntPtr stand-in), the
 * PtrToString* methods read it, and ZeroFreeBSTR / ZeroFreeGlobalAllocUnicode clear it; SizeOf(Type)
 * gives a primitive type's unmanaged size.
 */
public final class MarshalStatics {
    private MarshalStatics() {
    }

    /** An unmanaged copy of a SecureString's text. */
    public static final class StringHandle {
        private String text;

        StringHandle(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text == null ? "0" : Integer.toString(System.identityHashCode(this));
        }
    }

    /** The unmanaged size of a primitive type, in bytes. */
    public static int SizeOf(io.openecma.powershell.types.PSType t) {
        return UnmanagedSizes.of(t);
    }

    public static StringHandle SecureStringToBSTR(Object s) {
        return new StringHandle(plain(s));
    }

    public static StringHandle SecureStringToGlobalAllocUnicode(Object s) {
        return new StringHandle(plain(s));
    }

    public static StringHandle SecureStringToCoTaskMemUnicode(Object s) {
        return new StringHandle(plain(s));
    }

    public static String PtrToStringAuto(StringHandle ptr) {
        return read(ptr);
    }

    public static String PtrToStringBSTR(StringHandle ptr) {
        return read(ptr);
    }

    public static String PtrToStringUni(StringHandle ptr) {
        return read(ptr);
    }

    public static void ZeroFreeBSTR(StringHandle ptr) {
        ptr.text = null;
    }

    public static void ZeroFreeGlobalAllocUnicode(StringHandle ptr) {
        ptr.text = null;
    }

    public static void ZeroFreeCoTaskMemUnicode(StringHandle ptr) {
        ptr.text = null;
    }

    private static String read(StringHandle ptr) {
        if (ptr == null || ptr.text == null) {
            return null;
        }
        return ptr.text;
    }

    private static String plain(Object s) {
        Object b = LanguagePrimitives.base(s);
        if (b == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: s")
                    .withParamName("s");
        }
        if (!(b instanceof PSCredential.SecureString secure)) {
            throw new PSRuntimeException("System.Management.Automation.MethodException", "Cannot convert argument \"s\", with "
                    + "value: \"" + LanguagePrimitives.toStringValue(b) + "\", for \"SecureStringToBSTR\" to type "
                    + "\"System.Security.SecureString\".");
        }
        return new PSCredential("x", secure).GetNetworkCredential().getPassword();
    }
}
