package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.CommandContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Test-Path's -OlderThan and -NewerThan (FileSystemProvider.ItemExists): an item counts only when
 * its last write time is before OlderThan and after NewerThan, each when given.
 */
record WriteTimeWindow(Instant olderThan, Instant newerThan) {

    static WriteTimeWindow of(CommandContext ctx) {
        return new WriteTimeWindow(instant(ctx, "OlderThan"), instant(ctx, "NewerThan"));
    }

    private static Instant instant(CommandContext ctx, String name) {
        DotNetDateTime at = CmdletArguments.dateTime(ctx, name, CmdletArguments.localZone());
        return at == null ? null : at.toInstant(CmdletArguments.localZone());
    }

    boolean contains(Path item) {
        if (olderThan == null && newerThan == null) {
            return true;
        }
        Instant written;
        try {
            written = Files.getLastModifiedTime(item).toInstant();
        } catch (IOException e) {
            return false;
        }
        return (olderThan == null || written.isBefore(olderThan)) && (newerThan == null || written.isAfter(newerThan));
    }
}
