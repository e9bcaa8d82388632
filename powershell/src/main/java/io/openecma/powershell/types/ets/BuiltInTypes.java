package io.openecma.powershell.types.ets;

import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.List;

/**
 * The extended type data the engine itself defines, as 5.1's built-in types.ps1xml does for these
 * types: DateTime's DateTime script property (the long date and/or time as the object's
 * DisplayHint asks) and PSCredential's serialization depth of 1.
 */
final class BuiltInTypes {
    /** Reads DisplayHint without failing under Set-StrictMode: a DateTime from Get-Date carries it, others do not. */
    private static final String DATE_TIME = """
            $hint = & { Set-StrictMode -Off; $this.DisplayHint }
            if ($hint -ieq 'Date') { $this.ToLongDateString() }
            elseif ($hint -ieq 'Time') { $this.ToLongTimeString() }
            else { '{0} {1}' -f $this.ToLongDateString(), $this.ToLongTimeString() }
            """;

    private BuiltInTypes() {
    }

    static List<TypeData> all() {
        TypeData dateTime = new TypeData("System.DateTime");
        dateTime.putMember(new TypeMemberData.ScriptProperty("DateTime", script(DATE_TIME), null), false);
        TypeData credential = new TypeData("System.Management.Automation.PSCredential");
        credential.putStandardMember(new TypeMemberData.NoteProperty("SerializationDepth", 1), false);
        return List.of(dateTime, credential);
    }

    private static ScriptBlock script(String text) {
        try {
            return new ScriptBlock(Parser.parseScript("", text), null);
        } catch (io.openecma.powershell.parser.ParseException e) {
            throw new IllegalStateException("built-in type script does not parse", e);
        }
    }
}
