package io.openecma.powershell.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterpreterTest {

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
    void pipelineOutputUnrollsAndCollapses() {
        assertEquals(List.of("1", "2", "3"), lines("@(1, 2), 3 | ForEach-Object { $_ }"));
        assertEquals(List.of("True", "1", "0"), lines("$x = & { }; $null -eq $x; $y = & { 5 }; $y.Count; $null.Count"));
        assertEquals(List.of("List`1"), lines("function f { $l = New-Object System.Collections.Generic.List[int]; return ,$l }; (f).GetType().Name"));
    }

    @Test
    void leftOperandDrivesComparison() {
        assertEquals(List.of("True", "False", "True", "2"), lines("'1' -eq 1; 1 -eq '01x'; 10 -gt '9'; (1, 2, 3 -gt 1).Count"));
        assertEquals(List.of("True", "b"), lines("'ABC' -like 'a*'; if ('xbz' -match 'X(.)Z') { $Matches[1] }"));
    }

    @Test
    void dynamicScopingAndGlobalScope() {
        assertEquals(List.of("caller", "set", "outer"), lines("""
                $v = 'outer'
                function inner { $v }
                function outer { $v = 'caller'; inner; $global:g = 'set' }
                outer; $g; $v
                """));
    }

    @Test
    void parameterBindingNamedPositionalSwitchAndSplat() {
        assertEquals(List.of("a|b|True", "x|y|False"), lines("""
                function f { param([string]$First, [string]$Second, [switch]$Flag) "$First|$Second|$($Flag.IsPresent)" }
                f -Sec b a -Flag
                $p = @{ First = 'x'; Second = 'y' }
                f @p
                """));
    }

    @Test
    void psBoundParametersAndPipelineInput() {
        assertEquals(List.of("Name", "A!", "B!"), lines("""
                function g { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$Item, $Name) process { if ($Name) { $PSBoundParameters.Keys } else { "$Item!" } } }
                g -Name n
                'A', 'B' | g
                """));
    }

    @Test
    void terminatingAndNonTerminatingErrors() {
        ScriptResult r = run("Write-Error 'soft'; 'after'; try { Write-Error 'hard' -ErrorAction Stop } catch { \"caught $_\" }");
        assertEquals(List.of("after", "caught hard"), r.output().stream().map(OutputFormatter::format).toList());
        assertEquals(1, r.errors().size());
        ScriptResult t = run("\n  throw 'stop here'");
        assertTrue(t.terminatingError().isPresent());
        assertEquals(2, t.terminatingError().get().line());
        assertEquals("stop here", t.terminatingError().get().message());
    }

    @Test
    void typedCatchUsesExceptionHierarchy() {
        assertEquals(List.of("arg"), lines("try { throw [System.ArgumentNullException]::new('p') } catch [System.IO.IOException] { 'io' } catch [System.ArgumentException] { 'arg' }"));
    }

    @Test
    void globalStatePersistsAcrossExecutionsUntilReset() {
        lines("$global:counter = 1; function Get-Counter { $global:counter }");
        assertEquals(List.of("1"), lines("Get-Counter"));
        engine.reset();
        ScriptResult afterReset = run("Get-Counter; 'next statement runs'");
        assertEquals(List.of("next statement runs"), afterReset.output());
        assertTrue(afterReset.errors().get(0).message().startsWith("The term 'Get-Counter' is not recognized"));
    }

    @Test
    void strictModeRejectsUnsetVariables() {
        ScriptResult v2 = run("Set-StrictMode -Version 2.0; $notSet; 'next'");
        assertEquals(List.of("next"), v2.output(), "statement-terminating: the script goes on");
        assertTrue(v2.errors().get(0).message().contains("$notSet"));
        ScriptResult psDebug = run("Set-PSDebug -Strict; $alsoNotSet; 'next'");
        assertEquals(List.of("next"), psDebug.output());
        assertTrue(psDebug.errors().get(0).message().contains("$alsoNotSet"));
    }

    @Test
    void statementTerminatingErrorsEndTheScriptUnderStopAndThrowAlwaysDoes() {
        ScriptResult stop = run("$ErrorActionPreference = 'Stop'; [int]::Parse('x'); 'not reached'");
        assertFalse(stop.succeeded());
        assertTrue(stop.output().isEmpty());
        ScriptResult thrown = run("function f { throw 'boom' }; f; 'not reached'");
        assertEquals("boom", thrown.terminatingError().orElseThrow().message());
        assertTrue(thrown.output().isEmpty());
    }

    @Test
    void streamsAreCaptured() {
        ScriptResult r = run("Write-Verbose 'v' -Verbose; Write-Warning 'w'; Write-Host 'h'; Write-Debug 'hidden'");
        assertEquals(List.of("v"), r.verbose());
        assertEquals(List.of("w"), r.warning());
        assertEquals(List.of("h"), r.information());
        assertTrue(r.debug().isEmpty());
    }

    @Test
    void timeLimitStopsRunawayLoops() {
        PowerShellEngine limited = PowerShellEngine.create(EngineOptions.defaults().withTimeLimit(Duration.ofMillis(200)));
        ScriptResult r = limited.execute(ScriptSource.of("loop.ps1", "while ($true) { }"), Map.of());
        assertEquals("System.Management.Automation.PipelineStoppedException", r.terminatingError().orElseThrow().exceptionTypeName());
    }

    @Test
    void cancellationStopsAndCannotBeCaught() {
        PowerShellEngine cancelled = PowerShellEngine.create(EngineOptions.defaults().withCancellation(() -> true));
        ScriptResult r = cancelled.execute(ScriptSource.of("c.ps1", "try { while ($true) { } } catch { 'caught' }"), Map.of());
        assertTrue(r.output().isEmpty());
        assertFalse(r.succeeded());
    }

    @Test
    void streamsReachTheHostAsTheyAreWrittenAndTheResultToo() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        PowerShellEngine live = PowerShellEngine.create(EngineOptions.defaults()
                .withStreamOutput((stream, text) -> seen.add(stream + ":" + text))
                .withHostOutput(text -> seen.add("host:" + text)));
        ScriptResult r = live.execute(ScriptSource.of("s.ps1", String.join("\n",
                "Write-Verbose 'first' -Verbose",
                "Write-Host 'between'",
                "Write-Warning 'careful'",
                "Write-Debug 'hidden'",
                "Write-Information 'note' -InformationAction Continue")), Map.of());
        assertEquals(List.of("verbose:first", "host:between", "warning:careful", "information:note"), seen);
        assertEquals(List.of("first"), r.verbose());
        assertEquals(List.of("careful"), r.warning());
        assertEquals(List.of("between", "note"), r.information());
    }

    @Test
    void interruptingTheThreadThatRunsAScriptStopsIt() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        PowerShellEngine unlimited = PowerShellEngine.create(EngineOptions.defaults().withHostOutput(text -> started.countDown()));
        java.util.concurrent.atomic.AtomicReference<ScriptResult> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread runner = new Thread(() -> result.set(unlimited.execute(ScriptSource.of("loop.ps1",
                "Write-Host 'looping'; try { while ($true) { } } catch { 'caught' }"), Map.of())));
        runner.start();
        assertTrue(started.await(30, java.util.concurrent.TimeUnit.SECONDS), "the script started");
        runner.interrupt();
        runner.join(Duration.ofSeconds(30).toMillis());
        assertFalse(runner.isAlive(), "the interrupted script is still running");
        assertTrue(result.get().output().isEmpty(), "a script cannot catch its stop: " + result.get().output());
        assertEquals("System.Management.Automation.PipelineStoppedException",
                result.get().terminatingError().orElseThrow().exceptionTypeName());
    }

    @Test
    void fileAccessOutsideRootsIsRefused() {
        ScriptResult r = run("'x' > /etc/openecma-test.txt; 'next'");
        assertEquals("System.UnauthorizedAccessException", r.errors().get(0).carrier().typeName());
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("/etc/openecma-test.txt")));
    }

    @Test
    void registeredTypesAreTheOnlyJavaReachable() {
        ScriptResult r = run("[java.lang.System]::exit(1)");
        assertTrue(r.errors().get(0).message().contains("Unable to find type [java.lang.System]"), r.errors().get(0).message());
        engine.registerType("Test.Point", Point.class);
        assertEquals(List.of("3", "7"), lines("$p = [Test.Point]::new(3); $p.X; $p.x = 7; $p.X"));
    }

    @Test
    void aJavaByteArrayFromAHostMethodIsAByteArray() {
        assertEquals(List.of("True", "System.Byte[]", "3", "3", "2"), lines(String.join("\n",
                "$b = [Convert]::FromBase64String('AQID')",
                "$b -is [byte[]]",
                "$b.GetType().FullName",
                "$b.Length",
                "([byte[]]$b).Length",
                "$b[1]")));
    }

    @Test
    void nullAssignsToAPropertyOfARegisteredType() {
        engine.registerType("Test.Named", Named.class);
        assertEquals(List.of("True"), lines("$n = [Test.Named]::new(); $n.Name = 'x'; $n.Name = $null; $null -eq $n.Name"));
    }

    @Test
    void aStringConvertsToARegisteredTypeThroughItsStaticParse() {
        engine.registerType("Test.Flags", Flags.class);
        engine.registerType("Test.Point", Point.class);
        assertEquals(List.of("A|B", "A|B"), lines("([Test.Flags]'A, B').Text; $f = 'A, B' -as [Test.Flags]; $f.Text"));
        ScriptResult bad = run("[Test.Point]'3'");
        assertTrue(bad.errors().get(0).message().contains("Cannot convert the \"3\" value"), bad.errors().get(0).message());
    }

    @Test
    void aHostListReadsAsAListOfItsRegisteredElementType() {
        engine.registerType("Test.Point", Point.class);
        engine.registerType("Test.Points", Points.class);
        assertEquals(List.of("2", "List`1", "System.Collections.Generic.List[Test.Point]", "True", "False", "True"),
                lines(String.join("\n",
                        "$l = [Test.Points]::new()",
                        "$l.Add([Test.Point]::new(1)); $l.Add([Test.Point]::new(2))",
                        "$l.Count",
                        "$l.GetType().Name",
                        "$l.GetType().FullName",
                        "$l -is [System.Collections.Generic.List[Test.Point]]",
                        "$l -is [System.Collections.Generic.List[string]]",
                        "$l -is [Test.Points]")));
    }

    @Test
    void genericCollectionsAreOfTheirOwnTypeArgumentsOnly() {
        assertEquals(List.of("True", "False", "True", "False", "True", "False", "1"), lines(String.join("\n",
                "$l = New-Object 'System.Collections.Generic.List[int]'; $l.Add(1)",
                "$l -is [System.Collections.Generic.List[int]]",
                "$l -is [System.Collections.Generic.List[string]]",
                "$d = New-Object 'System.Collections.Generic.Dictionary[string,int]'",
                "$d -is [System.Collections.Generic.Dictionary[string,int]]",
                "$d -is [System.Collections.Generic.Dictionary[string,string]]",
                "$h = New-Object 'System.Collections.Generic.HashSet[string]'",
                "$h -is [System.Collections.Generic.HashSet[string]]",
                "$h -is [System.Collections.Generic.HashSet[int]]",
                "([System.Collections.Generic.List[string]]$l)[0].Length")));
    }

    @Test
    void switchWithRegexWildcardAndDefault() {
        assertEquals(List.of("num 42", "word", "other"), lines(
                "switch -Regex ('42', 'abc', '!') { '^(\\d+)$' { \"num $($Matches[1])\" } '^[a-z]+$' { 'word' } default { 'other' } }"));
    }

    @Test
    void dotNetRegexAndFormatDialects() {
        assertEquals(List.of("b-a", "3.14", "007", "x=5"), lines(String.join("\n",
                "'a-b' -replace '(\\w)-(\\w)', '$2-$1'",
                "'{0:N2}' -f 3.14159",
                "'{0:D3}' -f 7",
                "\"x={0}\" -f 5")));
    }

    @Test
    void memberEnumerationAndDynamicMembers() {
        assertEquals(List.of("a,b", "2", "v"), lines(String.join("\n",
                "$items = @([pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' })",
                "$items.Name -join ','",
                "$items.Count",
                "$prop = 'Key'; $o = [pscustomobject]@{ Key = 'v' }; $o.$prop")));
    }

    @Test
    void splattingBoundParametersIntoAnotherFunction() {
        assertEquals(List.of("x:1"), lines(String.join("\n",
                "function inner { param($Name, $Count) \"${Name}:$Count\" }",
                "function outer { [CmdletBinding()] param($Name, $Count) inner @PSBoundParameters }",
                "outer -Name x -Count 1")));
    }

    @Test
    void xmlDottedNavigation() {
        assertEquals(List.of("2", "Bob", "2"), lines(String.join("\n",
                "$x = [xml]'<r><u id=\"1\"><n>Ann</n></u><u id=\"2\"><n>Bob</n></u></r>'",
                "$x.r.u.Count",
                "$x.r.u[1].n",
                "$x.r.u[1].id")));
    }

    /** A registered test type. */
    public static final class Point {
        private int x;

        public Point(int x) {
            this.x = x;
        }

        public int getX() {
            return x;
        }

        public void setX(int x) {
            this.x = x;
        }
    }

    public static final class Flags {
        private final String text;

        private Flags(String text) {
            this.text = text;
        }

        public static Flags Parse(String s) {
            return new Flags(String.join("|", s.split("\\s*,\\s*")));
        }

        public String getText() {
            return text;
        }
    }

    /** A host list of points, as a host's result list is: its own members stay reachable. */
    public static final class Points implements io.openecma.powershell.types.HostList {
        private final List<Point> items = new java.util.ArrayList<>();

        public void Add(Point p) {
            items.add(p);
        }

        public int getCount() {
            return items.size();
        }

        @Override
        public Class<?> elementClass() {
            return Point.class;
        }
    }

    public static final class Named {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
