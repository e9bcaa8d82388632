package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.TypeRegistry;

import java.util.List;

/**
 * The table view a loaded format file gives an object (DisplayDataQuery.GetViewByShapeAndType): the
 * object's type names in order (PSTypeNames), for each the first TableControl view selected by it,
 * with the given name when -View names one.
 */
final class ViewColumns {
    private ViewColumns() {
    }

    /** The view's columns, or null when no loaded table view fits. */
    static List<Column> table(Object item, String viewName) {
        ExecutionContext context = ExecutionContext.currentOrNull();
        if (context == null || item == null) {
            return null;
        }
        List<FormatViewDefinition> views = FormatDataStore.of(context).views();
        if (views.isEmpty()) {
            return null;
        }
        for (String type : typeNames(item)) {
            for (FormatViewDefinition view : views) {
                if (view.tableColumns() != null && view.selectedBy().stream().anyMatch(type::equalsIgnoreCase)
                        && (viewName == null || viewName.equalsIgnoreCase(view.getName()))) {
                    return view.tableColumns();
                }
            }
        }
        return null;
    }

    private static List<String> typeNames(Object item) {
        Object v = LanguagePrimitives.unwrapNull(item);
        if (v instanceof PSObject o) {
            return o.typeNames();
        }
        return List.of(TypeRegistry.typeNameOf(v));
    }
}
