package io.openecma.powershell.cmdlets.format;

import java.util.List;

/**
 * What Format-Table, Format-List and Format-Wide write: the rendered lines, which Out-String and
 * the host print as they are. (5.1 writes a sequence of FormatStartData/FormatEntryData objects;
 * here one object carries the whole rendering.)
 */
public final class FormattedOutput {
    private final List<String> lines;

    FormattedOutput(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }

    public String getTypeName() {
        return "Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData";
    }

    @Override
    public String toString() {
        return String.join("\r\n", lines);
    }
}
