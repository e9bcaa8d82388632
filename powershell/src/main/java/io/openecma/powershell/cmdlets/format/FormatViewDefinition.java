package io.openecma.powershell.cmdlets.format;

import java.util.List;

/**
 * One view of a format.ps1xml file as System.Management.Automation.FormatViewDefinition shows it:
 * its Name, the type names it is selected by and which control it is (TableControl, ListControl,
 * WideControl, CustomControl). The control's content is not kept: the engine does not render with
 * loaded views (see docs/compatibility/powershell.md).
 */
public record FormatViewDefinition(String name, List<String> selectedBy, String controlKind) {

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
