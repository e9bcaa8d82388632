package io.openecma.powershell.runtime.limits;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptLimits;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ScriptThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runaway scripts end in an error of their own and leave the engine usable: deep recursion in 5.1's
 * ScriptCallDepthException (ExecutionExceptions.cs: ErrorId CallDepthOverflow, GetErrorText.resx:
 * "The script failed due to call depth overflow."), memory growth in ScriptMemoryLimitExceeded.
 */
class ScriptLimitsTest {

    private static final ScriptLimits SMALL = ScriptLimits.defaults().withMemoryMegabytes(16);

    /** Runs on a script thread, as the CLI and the workers do. */
    private static ScriptResult run(PowerShellEngine engine, String script) {
        AtomicReference<ScriptResult> result = new AtomicReference<>();
        ScriptThreads.runAndWait("test-script", () -> {
            result.set(engine.execute(ScriptSource.of("t.ps1", script), Map.of()));
            return 0;
        });
        return result.get();
    }

    private static PowerShellEngine engine(ScriptLimits limits) {
        return PowerShellEngine.create(EngineOptions.defaults().withLimits(limits));
    }

    private static void assertWorksAfterwards(PowerShellEngine engine) {
        ScriptResult next = run(engine, "function g($n) { if ($n -gt 0) { g ($n - 1) } else { 'bottom' } }; g 30; 'x' * 3");
        assertTrue(next.succeeded(), () -> next.terminatingError().toString());
        assertEquals(List.of("bottom", "xxx"), next.output());
    }

    @Test
    void endlessRecursionIsAStatementTerminatingCallDepthOverflowAndTheScriptGoesOn() {
        PowerShellEngine engine = engine(ScriptLimits.defaults());
        ScriptResult r = run(engine, "function f { f }; f; 'after'");
        assertTrue(r.succeeded());
        assertEquals(List.of("after"), r.output());
        assertEquals(1, r.errors().size());
        assertEquals("CallDepthOverflow", r.errors().get(0).getFullyQualifiedErrorId());
        assertEquals("The script failed due to call depth overflow.", r.errors().get(0).message());
        assertWorksAfterwards(engine);
    }

    @Test
    void theOverflowIsCatchableByTypeAndCarriesFiveOneErrorRecord() {
        PowerShellEngine engine = engine(ScriptLimits.defaults());
        ScriptResult r = run(engine, String.join("\n",
                "function f { f }",
                "try { f } catch [System.Management.Automation.ScriptCallDepthException] {",
                "  $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString(); $_.Exception.GetType().FullName",
                "  $_.TargetObject; $_.Exception -is [SystemException]",
                "}"));
        assertEquals(List.of("CallDepthOverflow", "InvalidOperation", "System.Management.Automation.ScriptCallDepthException",
                0, true), r.output());
    }

    @Test
    void theDepthIsCountedPerCallAndScriptBlocksAndDotSourcingCountToo() {
        PowerShellEngine engine = engine(ScriptLimits.defaults().withMaxCallDepth(50));
        // The script itself is the first call: a function reaches depth 49 below it.
        ScriptResult r = run(engine, "function f($n) { $global:d = $n; f ($n + 1) }; f 1; $global:d");
        assertEquals(List.of(49), r.output());
        ScriptResult blocks = run(engine, "$sb = { param($n) $global:d = $n; & $sb ($n + 1) }; & $sb 1; $global:d");
        assertEquals(List.of(49), blocks.output());
        ScriptResult dotted = run(engine, "$global:d = 0; $sb = { $global:d++; . $sb }; . $sb; $global:d");
        assertEquals(List.of(49), dotted.output());
        assertEquals("CallDepthOverflow", dotted.errors().get(0).getFullyQualifiedErrorId());
        assertWorksAfterwards(engine);
    }

    @Test
    void aThreadWithTooLittleStackGetsTheSameErrorInsteadOfDying() throws Exception {
        // No limit to speak of, on a thread with 512 KB of stack: the StackOverflowError becomes the script's error.
        PowerShellEngine engine = engine(ScriptLimits.defaults().withMaxCallDepth(1_000_000));
        AtomicReference<ScriptResult> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> result.set(engine.execute(ScriptSource.of("t.ps1",
                "function f { f }; try { f } catch { $_.FullyQualifiedErrorId }; 'after'"), Map.of())), "small", 512 * 1024);
        small.start();
        small.join();
        assertEquals(List.of("CallDepthOverflow", "after"), result.get().output());
    }

    private static void assertMemoryLimit(ScriptResult r) {
        assertTrue(r.terminatingError().isPresent(), "the script must fail");
        ScriptError e = r.terminatingError().get();
        assertEquals("ScriptMemoryLimitExceeded", e.fullyQualifiedErrorId());
        assertEquals("System.InsufficientMemoryException", e.exceptionTypeName());
        assertTrue(e.message().startsWith("The script exceeded its memory limit of 16 MB: "), e.message());
    }

    @Test
    void aDoublingStringIsStoppedAndTryCatchCannotTakeIt() {
        PowerShellEngine engine = engine(SMALL);
        ScriptResult r = run(engine, "try { $s = 'x'; while ($true) { $s += $s } } catch { 'caught' } finally { 'finally' }");
        assertMemoryLimit(r);
        assertEquals(List.of("finally"), r.output());
        assertWorksAfterwards(engine);
    }

    @Test
    void growingArraysListsHashtablesAndBuildersAreStopped() {
        PowerShellEngine engine = engine(SMALL);
        for (String script : List.of(
                "$a = @(); while ($true) { $a += 'x' * 1MB }",
                "$l = New-Object System.Collections.ArrayList; while ($true) { [void]$l.Add('x' * 100KB) }",
                "$l = [System.Collections.Generic.List[string]]::new(); while ($true) { $l.Add('y' * 10KB) }",
                "$h = @{}; $i = 0; while ($true) { $h[$i++] = 'y' * 100KB }",
                "$d = New-Object 'System.Collections.Generic.Dictionary[int,string]'; $i = 0; while ($true) { $d[$i++] = 'y' * 1KB }",
                "$sb = New-Object System.Text.StringBuilder; while ($true) { [void]$sb.Append('z' * 64KB) }",
                "$r = @(while ($true) { 'x' * 100KB })",
                "$r = $(while ($true) { 'x' * 10KB })",
                "$a = ,('x' * 1MB) * 10; $a -join ''",
                "'ab' * 20MB",
                "$s = 'x'; while ($true) { $s = \"$s$s\" }",
                "$r = 1..100000000",
                "while ($true) { 'output' * 1000 }")) {
            ScriptResult r = run(engine, script);
            assertMemoryLimit(r);
            assertWorksAfterwards(engine);
        }
    }

    @Test
    void filesReadAtOnceCountAgainstTheBudget(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("big.txt"), new byte[10 << 20]);
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults().withLimits(SMALL)
                .withFileSystemRoots(List.of(dir), dir));
        // 10 MB read as text is 20 MB of characters; as bytes it fits.
        assertMemoryLimit(run(engine, "Get-Content big.txt -Raw"));
        assertMemoryLimit(run(engine, "[IO.File]::ReadAllText((Join-Path $PWD 'big.txt'))"));
        ScriptResult bytes = run(engine, "[IO.File]::ReadAllBytes((Join-Path $PWD 'big.txt')).Length");
        assertEquals(List.of(10 << 20), bytes.output());
    }

    @Test
    void ordinaryScriptsStayWellInsideTheBudget() {
        PowerShellEngine engine = engine(SMALL);
        ScriptResult r = run(engine, String.join("\n",
                "$a = @(); foreach ($i in 1..2000) { $a += \"item $i\" }",
                "$l = New-Object System.Collections.ArrayList; foreach ($i in 1..20000) { [void]$l.Add(\"user$i\") }",
                "$s = ''; foreach ($i in 1..2000) { $s += 'line of text' }",
                "$a.Count; $l.Count; $s.Length; (@(1..1000) -join ',').Length"));
        assertTrue(r.succeeded(), () -> r.terminatingError().toString());
        assertEquals(List.of(2000, 20000, 24000, 3892), r.output());
    }
}
