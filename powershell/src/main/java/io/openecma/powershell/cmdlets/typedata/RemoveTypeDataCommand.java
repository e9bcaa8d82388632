package io.openecma.powershell.cmdlets.typedata;

import io.openecma.powershell.cmdlets.format.Ps1xmlGlob;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.WhatIf;
import io.openecma.powershell.types.ets.TypeData;
import io.openecma.powershell.types.ets.TypeTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Remove-TypeData (RemoveTypeDataCommand): -Path takes type files out of the runspace's entries and
 * rebuilds the table (a file never loaded is TypeFileNotExistsInCurrentSession); -TypeName or a
 * TypeData removes the whole type (TypesDynamicRemoveException when the table has no such type).
 */
final class RemoveTypeDataCommand implements Cmdlet {

    @Override
    public void process(CommandContext c) {
        if (c.isBound("Path")) {
            removeFiles(c);
            return;
        }
        Object given = c.isBound("TypeData") ? c.parameter("TypeData") : c.parameter("TypeName");
        String typeName = LanguagePrimitives.base(given) instanceof TypeData d ? d.getTypeName() : TypeNameArgument.typeName(given);
        if (typeName == null || typeName.isBlank()) {
            throw c.terminatingError("System.InvalidOperationException",
                    "The target type name should not be null, empty, or contain only white spaces.", "TargetTypeNameEmpty", "InvalidOperation");
        }
        if (WhatIf.skips(c, "Remove TypeData", "Name of the type that will be removed: " + typeName)) {
            return;
        }
        List<String> errors = new ArrayList<>();
        TypeTable.of(ExecutionContext.current()).update(new TypeData(typeName), true, errors);
        errors.forEach(e -> c.writeError("System.Management.Automation.RuntimeException", e, "TypesDynamicRemoveException",
                "InvalidOperation", null));
    }

    private static void removeFiles(CommandContext c) {
        List<Path> files = Ps1xmlGlob.resolve(c, "Path", "TypePathException");
        if (files.isEmpty()) {
            return;
        }
        TypeTable table = TypeTable.of(ExecutionContext.current());
        List<TypeTable.Entry> kept = new ArrayList<>(table.entries());
        boolean removed = false;
        for (Path file : files) {
            if (WhatIf.skips(c, "Remove type file", "FileName: " + file)) {
                continue;
            }
            Path wanted = UpdateTypeDataCommand.normal(file);
            boolean found = kept.removeIf(e -> e instanceof TypeTable.Entry.File f && UpdateTypeDataCommand.normal(f.path()).equals(wanted));
            if (found) {
                removed = true;
            } else {
                c.writeError("System.InvalidOperationException", "The file " + file + " is not imported into the current session.",
                        "TypeFileNotExistsInCurrentSession", "InvalidOperation", null);
            }
        }
        if (removed) {
            List<String> errors = new ArrayList<>();
            table.replaceEntries(kept, errors);
            errors.forEach(e -> c.writeError("System.Management.Automation.RuntimeException", e, "TypesFileRemoveException",
                    "InvalidOperation", null));
        }
    }
}
