package io.openecma.powershell.parser;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The parse-time checks on classes and enums report ParserStrings.resx's resource names as ErrorId
 * (SemanticChecks.cs, SymbolResolver.cs, VariableAnalysis.cs report them with nameof(ParserStrings.X)).
 */
class ClassSemanticErrorIdsTest {

    private static ParseException error(String script) {
        return assertThrows(ParseException.class, () -> Parser.parseScript("t.ps1", script));
    }

    private static void assertId(String script, String errorId, String message) {
        ParseException e = error(script);
        assertEquals(errorId, e.errorId(), script);
        assertEquals(message, e.getMessage(), script);
    }

    @Test
    void memberChecksCarryTheirResourceNames() {
        assertId("enum E { X; x }", "MemberAlreadyDefined", "The member 'x' is already defined.");
        assertId("class C { $a; $A }", "MemberAlreadyDefined", "The member 'A' is already defined.");
        assertId("class C { [int] f() { } }", "MethodHasCodePathNotReturn",
                "Not all code path returns value within method.");
        assertId("class C { [void] f() { return 1 } }", "VoidMethodHasReturn",
                "Invalid return statement within void method.");
        assertId("class C { [int] f() { return } }", "NonVoidMethodMissingReturnValue",
                "Invalid return statement within non-void method.");
    }

    @Test
    void variableChecksCarryTheirResourceNames() {
        assertId("class C { $p; f() { $p = 1 } }", "MissingThis", "Cannot assign property, use '$this.p'.");
        assertId("class C { static $p; f() { $p = 1 } }", "MissingTypeInStaticPropertyAssignment",
                "Cannot assign property, use '[C]::p'.");
        assertId("class C { f() { $x + 1 } }", "VariableNotLocal", "Variable is not assigned in the method.");
        assertEquals("NonStaticMemberAccessInStaticMember",
                error("class C { static f() { $this } }").errorId());
    }

    @Test
    void breakOrContinueToALabelNoLoopInTheMethodHasIsLabelNotFound() {
        // Scripting.Classes.Break.Tests.ps1; SemanticChecks.cs CheckLabelExists
        assertId("class A { static [int] foo() { while (1) { break some_label }\n return 1 } }",
                "LabelNotFound", "Label 'some_label' not found inside the method.");
        assertId("class A { static [int] foo() { break some_label\n return 1 } }",
                "LabelNotFound", "Label 'some_label' not found inside the method.");
        assertId("class A { static [int] foo() { while (1) { continue some_label }\n return 1 } }",
                "LabelNotFound", "Label 'some_label' not found inside the method.");
    }

    @Test
    void aLabelOfAnEnclosingLoopMatchesIgnoringCaseAndUnlabeledBreakIsFine() {
        assertDoesNotThrow(() -> Parser.parseScript("t.ps1",
                "class A { static [int] foo() { :outer while (1) { foreach ($i in 1) { break OUTER } }\n return 1 } }"));
        assertDoesNotThrow(() -> Parser.parseScript("t.ps1",
                "class A { static [int] foo() { foreach ($i in 1) { break }\n return 1 } }"));
        // Outside a class method a missing label is no parse error (it searches the dynamic scope at run time).
        assertDoesNotThrow(() -> Parser.parseScript("t.ps1", "function f { break some_label }"));
    }
}
