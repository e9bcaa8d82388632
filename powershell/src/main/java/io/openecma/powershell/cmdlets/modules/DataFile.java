package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.Scope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PowerShell data file (.psd1): one hashtable literal, evaluated in a scope of its own.
 * Not checked: 5.1's restricted-language rules on what the file may contain.
 */
final class DataFile {
    private DataFile() {
    }

    static PSHashtable read(CommandContext c, Interpreter interp, Path file) {
        PSHashtable table = readOrNull(interp, file);
        if (table == null) {
            throw c.terminatingError("System.Management.Automation.PSInvalidOperationException", "The module manifest '" + file
                    + "' could not be processed because it is not a valid Windows PowerShell restricted language file. Remove the elements that are not permitted by the restricted language:",
                    "Modules_InvalidManifest", "InvalidOperation");
        }
        return table;
    }

    /** The file's hashtable, or null when it holds something else. */
    static PSHashtable readOrNull(Interpreter interp, Path file) {
        ScriptSource source = ScriptSource.fromFile(file);
        ScriptBlockBody body = Parser.parseScript(source.fileName(), source.text());
        Scope saved = interp.scope();
        interp.setScope(new Scope(interp.context().global(), null, true));
        List<Object> out = new ArrayList<>();
        try {
            interp.runBlock(body.begin(), out);
            interp.runBlock(body.process(), out);
            interp.runBlock(body.end(), out);
        } finally {
            interp.setScope(saved);
        }
        Object first = out.size() == 1 ? out.get(0) : null;
        if (first instanceof PSObject o && o.baseObject() instanceof PSHashtable h) {
            first = h;
        }
        return first instanceof PSHashtable table ? table : null;
    }
}
