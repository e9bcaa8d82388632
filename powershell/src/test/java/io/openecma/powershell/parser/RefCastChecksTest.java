package io.openecma.powershell.parser;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * [ref] in cast sequences (SemanticChecks.cs); ids and offsets from PowerShell's
 * test/powershell/Language/Parser/Parsing.Tests.ps1 ("expressions parsing").
 */
class RefCastChecksTest {

    private static String errors(String script) {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseScript("t.ps1", script));
        return e.errors().stream().map(x -> x.errorId() + "@" + x.offset()).collect(Collectors.joining(","));
    }

    @Test
    void refTwiceInASequence() {
        assertEquals("ReferenceNeedsToBeByItselfInTypeSequence@5", errors("[ref][ref]$x"));
    }

    @Test
    void refMustBeTheLastConversion() {
        assertEquals("ReferenceNeedsToBeLastTypeInTypeConversion@5", errors("[int][ref]$x"));
    }

    @Test
    void asAnAssignmentTargetItIsTheConstraintError() {
        assertEquals("ReferenceNeedsToBeByItselfInTypeConstraint@5", errors("[int][ref]$x = 42"));
    }

    @Test
    void aSingleRefIsFine() {
        assertDoesNotThrow(() -> Parser.parseScript("t.ps1", "$y = [ref]$x; [ref]$x"));
    }
}
