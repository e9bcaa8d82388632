package io.openecma.powershell.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the engine remembers or builds late for speed (per-class member lookups, type names,
 * $MyInvocation on first read, [PSCustomObject] literals without a hashtable) must not show.
 */
class CachedLookupsTest {

    private final PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());

    private ScriptResult run(String script) {
        return engine.execute(ScriptSource.of("t.ps1", script), Map.of());
    }

    private List<String> lines(String script) {
        ScriptResult r = run(script);
        r.terminatingError().ifPresent(e -> { throw new AssertionError(e.describe()); });
        return r.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void aNotePropertyAddedAfterAReadIsSeenByTheNextRead() {
        assertEquals(List.of("True", "2", "b"), lines("""
                $o = [PSCustomObject]@{ a = 1 }
                $null -eq $o.b
                $o | Add-Member -MemberType NoteProperty -Name b -Value 2
                $o.b
                $o.PSObject.Properties.Match('B')[0].Name
                """));
    }

    @Test
    void onePropertyReadOnObjectsOfDifferentClasses() {
        // The getter is remembered per class: the same name on another class is that class's own.
        assertEquals(List.of("3", "5", "2", "True"), lines("""
                $sb = New-Object System.Text.StringBuilder
                [void]$sb.Append('hello')
                foreach ($x in 'abc', $sb, ([PSCustomObject]@{ Length = 2 })) { $x.Length }
                $null -eq (Get-Date).NoSuchProperty
                """));
    }

    @Test
    void aMethodCallSiteFollowsTheArgumentTypes() {
        // One call site, two overloads: Math.Abs(int) keeps an int, Math.Abs(double) a double.
        assertEquals(List.of("System.Int32 3", "System.Double 2.5", "System.Int32 4"), lines("""
                foreach ($v in -3, -2.5, -4) { $r = [Math]::Abs($v); "$($r.GetType().FullName) $r" }
                """));
    }

    @Test
    void myInvocationIsTheCallsEvenWhenReadLate() {
        assertEquals(List.of("f|6|5|f", "f|7|6|f"), lines("""
                function f {
                    param($a)
                    $x = [Math]::Max(1, 2)
                    "$($MyInvocation.InvocationName)|$($MyInvocation.ScriptLineNumber)|$($MyInvocation.BoundParameters['a'])|$($MyInvocation.MyCommand.Name)"
                }
                f -a 5
                $null = 1; f -a 6
                """));
    }

    @Test
    void anAllScopeVariableCreatedAfterOrdinaryAssignmentsIsSharedWithChildScopes() {
        // Scope.set skips the AllScope search until some variable has that option.
        assertEquals(List.of("local", "outer", "changed"), lines("""
                function f { $w = 'local'; $w }
                f
                $w = 'outer'; $w
                New-Variable -Name shared -Value 'all' -Option AllScope
                function g { $shared = 'changed' }
                g
                $shared
                """));
    }

    @Test
    void myInvocationAssignedInTheFunctionReplacesTheLazyOne() {
        assertEquals(List.of("mine"), lines("""
                function f { $MyInvocation = 'mine'; $MyInvocation }
                f
                """));
    }

    @Test
    void customObjectLiteralKeepsOrderAndRefusesDuplicateKeys() {
        assertEquals(List.of("b,a,c", "3"), lines("""
                $o = [PSCustomObject]@{ b = 1; a = 2; 'c' = 1 + 2 }
                ($o.PSObject.Properties | ForEach-Object { $_.Name }) -join ','
                $o.c
                """));
        assertEquals(List.of("Duplicate keys 'name' are not allowed in hash literals."),
                lines("try { $o = [PSCustomObject]@{ Name = 1; name = 2 } } catch { $_.Exception.Message }"));
    }
}
