package io.openecma.powershell.bench;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Parse time of connector-shaped script text, and a 1,000-entry export loop in PowerShell against
 * the same loop written in plain Java (the ratio's baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmarks {

    /** About 1 KB of connector-shaped script, repeated to make the parse input. */
    static final String CHUNK = """
            function Convert-Entry {
                [CmdletBinding()]
                param([Parameter(Mandatory = $true)]$Entry, [string]$Prefix = 'u')
                $result = [ordered]@{ Id = "$Prefix-$($Entry.Id)"; Mail = $Entry.Mail.ToLower() }
                if ($Entry.Department -match '^(?<dep>\\w+)') { $result['Department'] = $Matches['dep'] }
                foreach ($name in $Entry.Keys) {
                    switch -Wildcard ($name) { 'ext*' { $result[$name] = $Entry[$name] } default { } }
                }
                [PSCustomObject]$result
            }
            """;

    static final String EXPORT_LOOP = """
            param($Entries)
            $results = New-Object 'System.Collections.Generic.List[object]'
            foreach ($entry in $Entries) {
                $body = @{ login = $entry.login; profile = @{ firstName = $entry.first; lastName = $entry.last } }
                if ($entry.status -eq 'Active') { $op = 'activate' } else { $op = 'deactivate' }
                $results.Add([PSCustomObject]@{ Id = $entry.id; Operation = $op; Body = $body; Url = "https://example.test/api/v1/users/$($entry.id)" })
            }
            $results.Count
            """;

    private String parseInput;
    private PowerShellEngine engine;
    private ScriptSource exportScript;
    private List<Map<String, Object>> entries;

    @Setup
    public void setUp() {
        parseInput = CHUNK.repeat(10);
        engine = PowerShellEngine.create(EngineOptions.defaults());
        exportScript = ScriptSource.of("export.ps1", EXPORT_LOOP);
        entries = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", "00u" + i);
            e.put("login", "user" + i + "@example.test");
            e.put("first", "First" + i);
            e.put("last", "Last" + i);
            e.put("status", i % 3 == 0 ? "Inactive" : "Active");
            entries.add(e);
        }
    }

    /** Parse time of 10 chunks (divide by the input's KB for per-KB figures). */
    @Benchmark
    public Object parseTenChunks() {
        return Parser.parseScript("bench.ps1", parseInput);
    }

    @Benchmark
    public Object exportLoopPowerShell() {
        io.openecma.powershell.runtime.PSHashtable[] rows = new io.openecma.powershell.runtime.PSHashtable[entries.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new io.openecma.powershell.runtime.PSHashtable();
            entries.get(i).forEach(rows[i]::put);
        }
        ScriptResult r = engine.execute(exportScript, Map.of("Entries", rows));
        return r.output();
    }

    @Benchmark
    public Object exportLoopPlainJava() {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("firstName", entry.get("first"));
            profile.put("lastName", entry.get("last"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("login", entry.get("login"));
            body.put("profile", profile);
            String op = "Active".equals(entry.get("status")) ? "activate" : "deactivate";
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("Id", entry.get("id"));
            result.put("Operation", op);
            result.put("Body", body);
            result.put("Url", "https://example.test/api/v1/users/" + entry.get("id"));
            results.add(result);
        }
        return results.size();
    }
}
