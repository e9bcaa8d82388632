package io.openecma.powershell.runtime.limits;

import io.openecma.powershell.runtime.ExecutionContext;

import java.util.Collection;
import java.util.Map;

/**
 * The memory a script run may use for one value: checked where big values are made (string
 * concatenation, repetition and joins, StringBuilder growth, arrays and collections growing,
 * pipeline output collected, files read at once). Sizes are counted as .NET would hold them: two
 * bytes a character, {@link #REFERENCE_BYTES} a slot; a collection counts the strings and arrays
 * directly in it. Small values are never looked at: the common case costs one comparison.
 *
 * <p>Beyond the limit the script ends with ScriptMemoryLimitExceeded (an InsufficientMemoryException,
 * .NET's error for an allocation refused before it is tried); the value is never made.
 */
public final class MemoryBudget {

    public static final String EXCEPTION_TYPE = "System.InsufficientMemoryException";
    public static final String ERROR_ID = "ScriptMemoryLimitExceeded";
    static final long REFERENCE_BYTES = 8;
    /** Values smaller than this are not checked (64 KB). */
    static final long SMALL_BYTES = 1 << 16;
    /** A growing collection is measured again every so many elements (and whenever a big value is added). */
    static final int MEASURE_EVERY = 256;

    private MemoryBudget() {
    }

    /** A string of {@code length} characters is about to be made. */
    public static void chars(long length) {
        if (length > SMALL_BYTES / 2) {
            check(length * 2, "a string of " + length + " characters");
        }
    }

    /** An array or collection of {@code count} elements is about to be made (elements not counted). */
    public static void elements(long count) {
        if (count > SMALL_BYTES / REFERENCE_BYTES) {
            check(count * REFERENCE_BYTES, "a collection of " + count + " elements");
        }
    }

    /** {@code bytes} are about to be read at once (a file, a response body). */
    public static void bytes(long bytes, String what) {
        if (bytes > SMALL_BYTES) {
            check(bytes, what);
        }
    }

    /** A file is about to be read at once: its text takes two bytes a byte read (a character each, at most). */
    public static void file(java.nio.file.Path file, boolean asText) {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException | RuntimeException e) {
            return; // the read itself reports what is wrong with the file
        }
        bytes(asText ? size * 2 : size, "reading " + file.getFileName() + " (" + size + " bytes) at once");
    }

    /**
     * A collection just grew to {@code size} by {@code added}: measured with its strings and arrays
     * every {@link #MEASURE_EVERY} elements and whenever what was added is itself big, so a loop
     * that adds big strings is stopped at once and one that adds many small ones soon enough.
     */
    public static void grew(Object collection, int size, Object added) {
        long addedBytes = shallowBytes(added);
        if (addedBytes > SMALL_BYTES || size % MEASURE_EVERY == 0 && size > 0) {
            long total = deepBytes(collection);
            if (total > SMALL_BYTES) {
                check(total, "a collection of " + size + " elements with what it holds");
            }
        }
    }

    /** An array was made from {@code items} (array +=, @() of pipeline output): measured as {@link #grew}. */
    public static void grew(Object[] items, Object added) {
        grew(items, items.length, added);
    }

    /** The size of a value with the strings and arrays directly in it. */
    static long deepBytes(Object value) {
        if (value instanceof Object[] a) {
            long total = 16 + a.length * REFERENCE_BYTES;
            for (Object item : a) {
                total += shallowBytes(item);
            }
            return total;
        }
        if (value instanceof Collection<?> c) {
            long total = 16 + c.size() * REFERENCE_BYTES;
            for (Object item : c) {
                total += shallowBytes(item);
            }
            return total;
        }
        if (value instanceof Map<?, ?> m) {
            long total = 16 + m.size() * 4 * REFERENCE_BYTES;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                total += shallowBytes(e.getKey()) + shallowBytes(e.getValue());
            }
            return total;
        }
        return shallowBytes(value);
    }

    private static long shallowBytes(Object value) {
        if (value instanceof String s) {
            return 24 + 2L * s.length();
        }
        if (value instanceof Object[] a) {
            return 16 + a.length * REFERENCE_BYTES;
        }
        if (value instanceof byte[] b) {
            return 16 + b.length;
        }
        if (value instanceof Collection<?> c) {
            return 16 + c.size() * REFERENCE_BYTES;
        }
        if (value instanceof Map<?, ?> m) {
            return 16 + m.size() * 4 * REFERENCE_BYTES;
        }
        return 16;
    }

    private static void check(long bytes, String what) {
        ExecutionContext context = ExecutionContext.currentOrNull();
        if (context == null) {
            return;
        }
        long limit = context.options().limits().memoryBytes();
        if (bytes > limit) {
            throw new ScriptLimitExceeded("The script exceeded its memory limit of " + megabytes(limit) + " MB: "
                    + what + " would take " + megabytes(bytes) + " MB.", EXCEPTION_TYPE, ERROR_ID);
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
