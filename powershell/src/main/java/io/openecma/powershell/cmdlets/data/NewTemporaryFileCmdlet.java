package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.WhatIf;
import io.openecma.powershell.types.facades.PathStatics;
import io.openecma.powershell.types.io.IoPaths;

/**
 * New-TemporaryFile (5.0+, NewTemporaryFileCommand.cs): asks ShouldProcess on the temp folder, then
 * creates an empty file with Path.GetTempFileName() and writes its FileInfo. A failure to create it
 * is the terminating NewTemporaryFileWriteError (WriteError) on the temp folder.
 */
final class NewTemporaryFileCmdlet {
    private NewTemporaryFileCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("New-TemporaryFile", () -> NewTemporaryFileCmdlet::create);
    }

    private static void create(CommandContext c) {
        String tempPath = PathStatics.GetTempPath();
        if (WhatIf.skips(c, "New-TemporaryFile", tempPath)) {
            return;
        }
        String file;
        try {
            file = PathStatics.GetTempFileName();
        } catch (PSRuntimeException e) {
            throw c.terminatingError("System.IO.IOException", e.getMessage(), "NewTemporaryFileWriteError", "WriteError");
        }
        c.writeObject(FileItems.of(IoPaths.resolve(file, "path")));
    }
}
