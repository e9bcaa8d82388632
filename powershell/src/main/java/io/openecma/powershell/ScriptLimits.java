package io.openecma.powershell;

/**
 * What one script run may use besides time: how deep script calls may nest, and how big one value
 * (a string, an array, a collection with the strings and arrays directly in it, a file read at once)
 * may grow. Both stop a runaway script with an error instead of a JVM-wide StackOverflowError or
 * OutOfMemoryError; see docs/compatibility/powershell.md, "Limits".
 *
 * @param maxCallDepth  functions, script blocks and scripts nested deeper fail with 5.1's
 *                      ScriptCallDepthException (CallDepthOverflow)
 * @param memoryBytes   the most one value may take, as .NET counts it (two bytes a character, a
 *                      reference per element); more fails the script with ScriptMemoryLimitExceeded
 */
public record ScriptLimits(int maxCallDepth, long memoryBytes) {

    /**
     * Windows PowerShell 3.0 and later have no fixed maximum (the engine probes the stack of its
     * 10,000,000-byte pipeline thread); 1,000 nested calls is far beyond what scripts need and
     * fits well inside the stack of {@link ScriptThreads}.
     */
    public static final int DEFAULT_MAX_CALL_DEPTH = 1000;
    public static final long DEFAULT_MEMORY_BYTES = 256L << 20;

    public ScriptLimits {
        if (maxCallDepth < 1) {
            throw new IllegalArgumentException("maxCallDepth must be at least 1, not " + maxCallDepth);
        }
        if (memoryBytes < 1 << 20) {
            throw new IllegalArgumentException("memoryBytes must be at least 1 MB, not " + memoryBytes);
        }
    }

    public static ScriptLimits defaults() {
        return new ScriptLimits(DEFAULT_MAX_CALL_DEPTH, DEFAULT_MEMORY_BYTES);
    }

    public ScriptLimits withMaxCallDepth(int depth) {
        return new ScriptLimits(depth, memoryBytes);
    }

    public ScriptLimits withMemoryBytes(long bytes) {
        return new ScriptLimits(maxCallDepth, bytes);
    }

    public ScriptLimits withMemoryMegabytes(long megabytes) {
        return withMemoryBytes(megabytes << 20);
    }
}
