package io.openecma.powershell.cmdlets.format;

import java.util.List;

/**
 * One view of a format.ps1xml file as System.Management.Automation.FormatViewDefinition shows it:
 * its Name, the type names it is selected by and which control it is (TableControl, ListControl,
 * WideControl, CustomControl). A TableControl keeps its columns (header Label, Width, Alignment and
 * the row's PropertyName or ScriptBlock), which Format-Table and Out-String use; the other controls'
 * content is not kept.
 */
public final class FormatViewDefinition {
    private final String name;
    private final List<String> selectedBy;
    private final String controlKind;
    private final List<Column> tableColumns;

    FormatViewDefinition(String name, List<String> selectedBy, String controlKind, List<Column> tableColumns) {
        this.name = name;
        this.selectedBy = List.copyOf(selectedBy);
        this.controlKind = controlKind;
        this.tableColumns = tableColumns == null ? null : List.copyOf(tableColumns);
    }

    public String getName() {
        return name;
    }

    List<String> selectedBy() {
        return selectedBy;
    }

    String controlKind() {
        return controlKind;
    }

    /** The TableControl's columns; null for another control. */
    List<Column> tableColumns() {
        return tableColumns;
    }

    @Override
    public String toString() {
        return name;
    }
}
