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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Update-TypeData (UpdateTypeDataCommand): with -AppendPath/-PrependPath it rebuilds the runspace's
 * type table from its entries with the files added (prepended ones first, a file already loaded once
 * only; each load error is a TypesXmlUpdateException); with -TypeName and member parameters, or with
 * -TypeData objects, it adds those members (TypesDynamicUpdateException when one is there already and
 * -Force is not given).
 */
final class UpdateTypeDataCommand implements Cmdlet {

    @Override
    public void process(CommandContext c) {
        if (c.isBound("TypeData") || isTypeDataArgument(c)) {
            Object source = c.isBound("TypeData") ? c.parameter("TypeData") : c.parameter("AppendPath");
            for (Object o : LanguagePrimitives.toList(source)) {
                if (LanguagePrimitives.base(o) instanceof TypeData t) {
                    TypeData copy = t.copy();
                    if (c.switchPresent("Force")) {
                        copy.setIsOverride(true);
                    }
                    update(c, copy);
                }
            }
        } else if (DynamicTypeData.anyBound(c)) {
            update(c, DynamicTypeData.build(c, TypeNameArgument.typeName(c.parameter("TypeName"))));
        } else {
            loadFiles(c);
        }
    }

    /** The TypeDataSet's positional -TypeData lands on AppendPath's position; a TypeData value means that set. */
    private static boolean isTypeDataArgument(CommandContext c) {
        return c.isBound("AppendPath") && LanguagePrimitives.toList(c.parameter("AppendPath")).stream()
                .allMatch(o -> LanguagePrimitives.base(o) instanceof TypeData);
    }

    private static void update(CommandContext c, TypeData type) {
        if (type.isEmpty()) {
            c.writeError("System.InvalidOperationException", "No member is specified for the update on type \""
                    + type.getTypeName() + "\".", "TypeDataEmpty", "InvalidOperation", null);
            return;
        }
        if (WhatIf.skips(c, "Update TypeData", "Type to update: " + type.getTypeName())) {
            return;
        }
        List<String> errors = new ArrayList<>();
        TypeTable.of(ExecutionContext.current()).update(type, false, errors);
        errors.forEach(e -> c.writeError("System.Management.Automation.RuntimeException", e, "TypesDynamicUpdateException",
                "InvalidOperation", null));
    }

    private static void loadFiles(CommandContext c) {
        List<Path> prepend = Ps1xmlGlob.resolve(c, "PrependPath", "TypesPrependPathException");
        List<Path> append = Ps1xmlGlob.resolve(c, "AppendPath", "TypesAppendPathException");
        if ((c.isBound("PrependPath") || c.isBound("AppendPath")) && prepend.isEmpty() && append.isEmpty()) {
            return;
        }
        TypeTable table = TypeTable.of(ExecutionContext.current());
        Set<Path> seen = new LinkedHashSet<>();
        List<TypeTable.Entry> entries = new ArrayList<>();
        for (int i = prepend.size() - 1; i >= 0; i--) {
            Path p = prepend.get(i);
            if (!WhatIf.skips(c, "Update TypeData", "FileName: " + p) && seen.add(normal(p))) {
                entries.add(new TypeTable.Entry.File(p));
            }
        }
        for (TypeTable.Entry e : table.entries()) {
            if (!(e instanceof TypeTable.Entry.File f) || seen.add(normal(f.path()))) {
                entries.add(e);
            }
        }
        for (Path p : append) {
            if (!WhatIf.skips(c, "Update TypeData", "FileName: " + p) && seen.add(normal(p))) {
                entries.add(new TypeTable.Entry.File(p));
            }
        }
        List<String> errors = new ArrayList<>();
        table.replaceEntries(entries, errors);
        errors.forEach(e -> c.writeError("System.Management.Automation.RuntimeException", e, "TypesXmlUpdateException",
                "InvalidOperation", null));
    }

    static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
