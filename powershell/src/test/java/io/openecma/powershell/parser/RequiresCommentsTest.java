package io.openecma.powershell.parser;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The form of {@code #requires} comments is checked when the script is parsed (Tokenizer.cs). */
class RequiresCommentsTest {

    private static String errors(String script) {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseScript("t.ps1", script));
        return e.errors().stream().map(x -> x.errorId() + "@" + x.offset()).collect(Collectors.joining(","));
    }

    @Test
    void malformedRequiresCommentsAreParseErrors() {
        assertEquals("ScriptRequiresInvalidFormat@1", errors("#requiresShellX\n$a = 1"));
        assertEquals("RequiresVersionInvalid@22", errors("$a\n#Requires -Version 4.x\n"));
        assertEquals("RequiresVersionInvalid@19", errors("#requires -version ''\n"));
        assertEquals("RequiresVersionInvalid@13", errors("#requires -v 7.\n"));
    }

    @Test
    void wellFormedRequiresCommentsParse() {
        Parser.parseScript("t.ps1", "#requires -version 5.1\n#Requires -Version 3\n#requires -Modules @{ModuleName='m';ModuleVersion='1.0'}\n1");
        Parser.parseScript("t.ps1", "#requires -RunAsAdministrator\n#requires -PSEdition Desktop\n# requires is just a word here\n'#requires x'");
    }
}
