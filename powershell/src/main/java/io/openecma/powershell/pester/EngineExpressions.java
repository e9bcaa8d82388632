package io.openecma.powershell.pester;

import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ScriptBlock;

/**
 * The PowerShell expressions Pester 4's assertions are written in ({@code $e -eq $a}, {@code -like},
 * {@code -is}, {@code Test-Path}...), evaluated by the engine itself so that the assertions apply the
 * engine's own conversions and comparisons, as Pester applies PowerShell's.
 */
final class EngineExpressions {

    private static final ScriptBlock EQ = block("param($a, $e) $e -eq $a");
    private static final ScriptBlock CEQ = block("param($a, $e) $e -ceq $a");
    private static final ScriptBlock GT = block("param($a, $e) $a -gt $e");
    private static final ScriptBlock LT = block("param($a, $e) $a -lt $e");
    private static final ScriptBlock GE = block("param($a, $e) $a -ge $e");
    private static final ScriptBlock LE = block("param($a, $e) $a -le $e");
    private static final ScriptBlock LIKE = block("param($a, $e) $a -like $e");
    private static final ScriptBlock CLIKE = block("param($a, $e) $a -clike $e");
    private static final ScriptBlock MATCH = block("param($a, $e) $a -match $e");
    private static final ScriptBlock CMATCH = block("param($a, $e) $a -cmatch $e");
    private static final ScriptBlock CONTAINS = block("param($a, $e) $a -contains $e");
    private static final ScriptBlock IS = block("param($a, $e) $a -is $e");
    /** A type, or a type name with or without brackets ({@code Should -BeOfType [int]} passes the text "[int]"). */
    private static final ScriptBlock TYPE = block("param($e) if ($e -is [string]) {"
            + " $t = ($e -replace '^\\[(.*)\\]$', '$1') -as [type]; if ($null -eq $t) {"
            + " throw [ArgumentException]\"Could not find type $e. Make sure that the assembly that contains that type is loaded.\" }; $t"
            + " } else { $e }");
    private static final ScriptBlock TEST_PATH = block("param($a) Test-Path $a");
    private static final ScriptBlock FILE_MATCH = block(
            "param($a, $e) (@(Get-Content -Encoding UTF8 $a) -match $e).Count -gt 0");
    private static final ScriptBlock FILE_CMATCH = block(
            "param($a, $e) (@(Get-Content -Encoding UTF8 $a) -cmatch $e).Count -gt 0");
    private static final ScriptBlock FILE_MULTILINE = block("param($a, $e) [bool]((Get-Content $a -Raw) -match $e)");
    private static final ScriptBlock GET_TYPE = block("param($a) $a.GetType()");

    private final CommandContext context;

    EngineExpressions(CommandContext context) {
        this.context = context;
    }

    private static ScriptBlock block(String text) {
        return new ScriptBlock(Parser.parseScript("<Pester assertion>", text), null);
    }

    private boolean test(ScriptBlock block, Object... args) {
        return LanguagePrimitives.isTrue(LanguagePrimitives.fromPipeline(BlockRunner.call(context, block, args)));
    }

    boolean eq(Object actual, Object expected, boolean caseSensitive) {
        return test(caseSensitive ? CEQ : EQ, actual, expected);
    }

    boolean compare(String op, Object actual, Object expected) {
        return test(switch (op) {
            case "gt" -> GT;
            case "lt" -> LT;
            case "ge" -> GE;
            default -> LE;
        }, actual, expected);
    }

    boolean like(Object actual, Object pattern, boolean caseSensitive) {
        return test(caseSensitive ? CLIKE : LIKE, actual, pattern);
    }

    boolean match(Object actual, Object pattern, boolean caseSensitive) {
        return test(caseSensitive ? CMATCH : MATCH, actual, pattern);
    }

    boolean contains(Object collection, Object item) {
        return test(CONTAINS, collection, item);
    }

    boolean is(Object value, Object type) {
        return test(IS, value, type);
    }

    Object type(Object typeOrName) {
        return LanguagePrimitives.fromPipeline(BlockRunner.call(context, TYPE, typeOrName));
    }

    Object typeOf(Object value) {
        return LanguagePrimitives.fromPipeline(BlockRunner.call(context, GET_TYPE, value));
    }

    boolean testPath(Object path) {
        return test(TEST_PATH, path);
    }

    boolean fileMatches(Object path, Object pattern, String mode) {
        return test(switch (mode) {
            case "exactly" -> FILE_CMATCH;
            case "multiline" -> FILE_MULTILINE;
            default -> FILE_MATCH;
        }, path, pattern);
    }
}
