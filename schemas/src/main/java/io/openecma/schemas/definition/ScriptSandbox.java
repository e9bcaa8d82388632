package io.openecma.schemas.definition;

import java.util.List;

/**
 * What a connector's scripts may use: the {@code limits:} and {@code network:} blocks of
 * connector.yaml. {@code memoryMegabytes} bounds one value a script run makes (a string, an array or
 * collection with the strings in it, a file read at once); {@code maxCallDepth} how deep function
 * and script block calls may nest. {@code allowedHosts} are the hosts the scripts may connect to
 * ({@code host}, {@code host:port}, {@code *.domain}, or {@code *}); null means the default: the
 * hosts the connector's parameters name (see docs/connector-definition.md). openecma's own services
 * are refused whatever the list says.
 */
public record ScriptSandbox(int memoryMegabytes, int maxCallDepth, List<String> allowedHosts) {

    public static final int DEFAULT_MEMORY_MEGABYTES = 256;
    public static final int DEFAULT_MAX_CALL_DEPTH = 1000;
    public static final ScriptSandbox DEFAULT = new ScriptSandbox(DEFAULT_MEMORY_MEGABYTES, DEFAULT_MAX_CALL_DEPTH, null);

    public ScriptSandbox {
        memoryMegabytes = memoryMegabytes <= 0 ? DEFAULT_MEMORY_MEGABYTES : memoryMegabytes;
        maxCallDepth = maxCallDepth <= 0 ? DEFAULT_MAX_CALL_DEPTH : maxCallDepth;
        allowedHosts = allowedHosts == null ? null : List.copyOf(allowedHosts);
    }
}
