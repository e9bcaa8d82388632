package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.TypeRegistry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A -View name no loaded view of that shape has for the object (FormatViewManager's
 * FormatViewNotFound): a terminating PipelineStoppedException error, category ObjectNotFound, whose
 * message lists the views of that shape the object's types do have, or says there are none.
 */
final class ViewNotFound {
    private ViewNotFound() {
    }

    static PSRuntimeException error(CommandContext c, String viewName, String shape, Object item) {
        Object v = LanguagePrimitives.unwrapNull(item);
        List<String> typeNames = v instanceof PSObject o && !o.typeNames().isEmpty() ? o.typeNames() : List.of(TypeRegistry.typeNameOf(v));
        ExecutionContext context = ExecutionContext.current();
        String valid = FormatDataStore.of(context).views().stream()
                .filter(view -> view.tableColumns() != null && view.selectedBy().stream().anyMatch(t -> typeNames.stream().anyMatch(t::equalsIgnoreCase)))
                .map(FormatViewDefinition::getName).collect(Collectors.joining(", "));
        String message = !valid.isEmpty()
                ? "The view name " + viewName + " cannot be found. Specify one of the following " + shape + " views and try again: " + valid + "."
                : "The view name " + viewName + " cannot be found. There are no existing " + shape + " views for " + baseTypeName(v) + " objects.";
        return c.terminatingError("System.Management.Automation.PipelineStoppedException", message, "FormatViewNotFound", "ObjectNotFound");
    }

    /** so.BaseObject.GetType(): a PSObject made by New-Object PSObject has a PSCustomObject base. */
    private static String baseTypeName(Object v) {
        if (v instanceof PSObject o) {
            return o.isCustomObject() || o.baseObject() == null ? "System.Management.Automation.PSCustomObject" : TypeRegistry.typeNameOf(o.baseObject());
        }
        return TypeRegistry.typeNameOf(v);
    }
}
