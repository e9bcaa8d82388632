package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.runtime.PSHashtable;

import java.util.List;

/**
 * System.Management.Automation.ExternalScriptInfo: what Get-Command returns for a .ps1 file's path. Its
 * Name is the file name, Definition, Path and Source the full path (ExternalScriptInfo.cs), Parameters
 * those of the script's param block.
 */
public final class ExternalScriptInfo extends CommandInfo {

    private final String path;
    private final String contents;

    /** The script is parsed when its parameters are asked for, as 5.1 does (a script with errors is found). */
    public ExternalScriptInfo(String path, String fileName, String contents) {
        super(fileName, "ExternalScript", "");
        this.path = path;
        this.contents = contents;
    }

    @Override
    public String getDefinition() {
        return path;
    }

    public String getPath() {
        return path;
    }

    @Override
    public String getSource() {
        return path;
    }

    public String getScriptContents() {
        return contents;
    }

    @Override
    public PSHashtable getParameters() {
        PSHashtable table = new PSHashtable(true);
        ScriptBlockBody body = io.openecma.powershell.parser.Parser.parseScript(path, contents);
        for (Parameter p : body.parameters()) {
            String type = "System.Object";
            for (AttributeNode a : p.attributes()) {
                if (a.typeConstraint()) {
                    type = TypeNames.full(a.typeName().name());
                }
            }
            table.put(p.name(), new ParameterMetadata(p.name(), type, List.of()));
        }
        return table;
    }
}
