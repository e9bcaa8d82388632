package io.openecma.powershell.cmdlets.typedata;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.ets.TypeData;
import io.openecma.powershell.types.ets.TypeTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Get-TypeData (GetTypeDataCommand): the runspace's TypeData whose names match the -TypeName
 * wildcards (all when none is given); a name that is a type (an accelerator too) means its full name.
 */
final class GetTypeDataCommand implements Cmdlet {

    @Override
    public void process(CommandContext c) {
        List<Wildcard> filter = new ArrayList<>();
        if (c.parameter("TypeName") == null) {
            filter.add(Wildcard.compile("*", false));
        } else {
            for (Object o : LanguagePrimitives.toList(c.parameter("TypeName"))) {
                String name = LanguagePrimitives.toStringValue(o);
                if (name == null || name.isBlank()) {
                    c.writeError("System.InvalidOperationException", "The target type name should not be null, empty, or contain only white spaces.",
                            "TargetTypeNameEmpty", "InvalidOperation", name);
                    continue;
                }
                filter.add(Wildcard.compile(TypeNameArgument.typeName(name), false));
            }
        }
        for (TypeData t : TypeTable.of(ExecutionContext.current()).all()) {
            if (filter.stream().anyMatch(w -> w.matches(t.getTypeName()))) {
                c.writeObject(t);
            }
        }
    }
}
