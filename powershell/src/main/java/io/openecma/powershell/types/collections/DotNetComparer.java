package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.Comparator;

/**
 * {@code System.Collections.Comparer.Default} as the sorted collections use it: the first key's
 * IComparable decides, so keys must be of one type (an Int32 and a String, or an Int32 and an
 * Int64, cannot be compared: .NET's SortedList then fails with "Failed to compare two elements in
 * the array."). Strings compare as the engine's culture comparison does everywhere else (ignoring
 * case first, lower case before upper case on a tie), as Sort-Object and -lt do.
 */
final class DotNetComparer implements Comparator<Object> {
    static final DotNetComparer DEFAULT = new DotNetComparer();

    private DotNetComparer() {
    }

    @Override
    public int compare(Object a, Object b) {
        Object x = LanguagePrimitives.base(a);
        Object y = LanguagePrimitives.base(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        if (x.getClass() != y.getClass() || !(x instanceof Comparable<?>)) {
            throw new IncomparableKeys();
        }
        return LanguagePrimitives.compare(x, y, true);
    }

    /** .NET's InvalidOperationException from Array.BinarySearch, as SortedList reports it. */
    static PSRuntimeException failedToCompare() {
        return new PSRuntimeException("System.InvalidOperationException", "Failed to compare two elements in the array.");
    }

    /** Thrown inside the tree; turned into {@link #failedToCompare()} at the member that was called. */
    static final class IncomparableKeys extends RuntimeException {
        IncomparableKeys() {
            super(null, null, false, false);
        }
    }
}
