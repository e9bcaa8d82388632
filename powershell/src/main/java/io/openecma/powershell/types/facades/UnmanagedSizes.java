package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.PSType;
import java.util.Map;

/**
 * Marshal.SizeOf: the unmanaged size in bytes of the blittable primitive types (a 64-bit process,
 * so IntPtr is 8). bool marshals as a Win32 BOOL (4) and char as an ANSI char (1), as .NET does.
 * Other types have no layout here and get .NET's ArgumentException.
 */
final class UnmanagedSizes {
    private static final Map<String, Integer> SIZES = Map.ofEntries(
            Map.entry("System.SByte", 1), Map.entry("System.Byte", 1),
            Map.entry("System.Int16", 2), Map.entry("System.UInt16", 2),
            Map.entry("System.Int32", 4), Map.entry("System.UInt32", 4),
            Map.entry("System.Int64", 8), Map.entry("System.UInt64", 8),
            Map.entry("System.Single", 4), Map.entry("System.Double", 8),
            Map.entry("System.Decimal", 16), Map.entry("System.Guid", 16),
            Map.entry("System.Boolean", 4), Map.entry("System.Char", 1),
            Map.entry("System.IntPtr", 8), Map.entry("System.UIntPtr", 8));

    private UnmanagedSizes() {
    }

    static int of(PSType type) {
        if (type == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: t")
                    .withParamName("t");
        }
        Integer size = SIZES.get(type.fullName());
        if (size == null) {
            throw new PSRuntimeException("System.ArgumentException", "Type '" + type.fullName()
                    + "' cannot be marshaled as an unmanaged structure; no meaningful size or offset can be computed.")
                    .withParamName("t");
        }
        return size;
    }
}
