package io.openecma.runtime;

import io.openecma.runtime.pwsh.PwshCommand;
import io.openecma.runtime.pwsh.PwshScriptRuntime;
import io.openecma.runtime.pwsh.StandIn;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.events.PasswordErrorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static io.openecma.runtime.TestRuntimes.schemaScriptReturningName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What only the pwsh runtime has: a host process per session, a control channel scripts cannot
 * write to, killing on timeout, cancellation and death, sealed data only on stdin. Runs the host
 * script in the embedded stand-in process.
 */
class PwshProcessTest {

    @TempDir
    Path temp;

    private TestRuntimes t;

    @BeforeEach
    void setUp() {
        t = new TestRuntimes(temp, runtimeKind());
    }

    /** The stand-in here; the real pwsh in {@link RealPwshProcessTest}. */
    TestRuntimes.Runtime runtimeKind() {
        return TestRuntimes.Runtime.PWSH_STAND_IN;
    }

    PwshCommand command() {
        return StandIn.command();
    }

    private PwshScriptRuntime runtime(PwshCommand command, Duration limit) {
        return new PwshScriptRuntime(SampleConnectors.load(t.connector), t.folders, SampleConnectors.SECRETS,
                (script, stream, text) -> t.streams.add(script + " " + stream + ": " + text), command, limit);
    }

    @Test
    void whatScriptsPrintNeverReachesTheControlChannel() {
        SampleConnectors.writeScript(t.connector, "Schema.ps1", schemaScriptReturningName("$ConfigParameters",
                """
                [Console]::WriteLine('{"type":"result","output":[]}')
                [Console]::Out.WriteLine('plain console text')
                Write-Host 'to the host'
                Write-Output 'a stray value'
                Write-Verbose 'verbose text'
                Write-Warning 'warning text'
                $name = 'Printed'
                """));
        Schema schema = t.runtime().schema();
        assertEquals("Printed", schema.types().get(0).name());
        List<String> streams = List.copyOf(t.streams);
        assertTrue(streams.contains("Schema.ps1 host: {\"type\":\"result\",\"output\":[]}"), streams.toString());
        assertTrue(streams.contains("Schema.ps1 host: plain console text"), streams.toString());
        assertTrue(streams.contains("Schema.ps1 host: to the host"), streams.toString());
        assertTrue(streams.contains("Schema.ps1 verbose: verbose text"), streams.toString());
        assertTrue(streams.contains("Schema.ps1 warning: warning text"), streams.toString());
        assertTrue(streams.contains("Schema.ps1 warning: ignored output of the script: a string (\"a stray value\")"),
                streams.toString());
    }

    @Test
    void aResultOfATypeTheProtocolDoesNotCarryIsNamedByItsType() {
        SampleConnectors.writeScript(t.connector, "Schema.ps1", "param($ConfigParameters)\n[pscustomobject]@{ Name = 'x' }\n");
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> t.runtime().schema());
        assertEquals("Schema Script (Schema.ps1): must return one Microsoft.MetadirectoryServices.Schema, "
                + "but returned a System.Management.Automation.PSCustomObject.", e.getMessage());
    }

    @Test
    void aCallOverItsTimeLimitKillsTheProcess() {
        writeImportScripts("while ($true) { }");
        // starting the process is not counted (PwshHost.STARTUP_LIMIT); 5 s leave the Schema call room on a busy machine
        ScriptRuntime runtime = runtime(command(), Duration.ofSeconds(5));
        Schema schema = runtime.schema();
        ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 2, null, null), schema);
        ScriptFailedException e = assertThrows(ScriptFailedException.class, session::nextPage);
        assertTrue(e.getMessage().startsWith("Import Script (Import.ps1): The script ran longer than its limit of 5000 ms; "
                + "the pwsh host process (pid "), e.getMessage());
        awaitNoChildProcess();
        assertThrows(IllegalStateException.class, session::nextPage);
    }

    @Test
    void cancellingTheCallerKillsTheProcess() throws Exception {
        writeImportScripts("while ($true) { }");
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 2, null, null), schema);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<ImportPage> page = worker.submit(session::nextPage);
            awaitBusyChildProcess();
            page.cancel(true);
            assertThrows(CancellationException.class, page::get);
            awaitNoChildProcess();
            assertThrows(IllegalStateException.class, session::nextPage);
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void aProcessThatDiesMidSessionFailsTheSession() {
        writeImportScripts("");
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 2, null, null), schema);
        assertEquals(2, session.nextPage().entries().size());
        ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
        ScriptFailedException e = assertThrows(ScriptFailedException.class, session::nextPage);
        assertTrue(e.getMessage().contains("the pwsh host process") || e.getMessage().contains("The pwsh host process"),
                e.getMessage());
        assertTrue(e.getMessage().contains("ended in the middle of the call") || e.getMessage().contains("is gone"),
                e.getMessage());
        assertThrows(IllegalStateException.class, session::nextPage);
    }

    @Test
    void aMissingExecutableIsAClearErrorNamingWhatWasTried() {
        Path missing = temp.resolve("nowhere/pwsh");
        ScriptRuntime runtime = runtime(new PwshCommand(List.of(missing.toString()), "a test"), null);
        ScriptFailedException e = assertThrows(ScriptFailedException.class, runtime::schema);
        assertTrue(e.getMessage().startsWith("Schema Script (Schema.ps1): Cannot start the pwsh runtime's host process with "
                + missing + " (a test): "), e.getMessage());
        assertTrue(e.getMessage().contains("Install PowerShell 7 or point OPENECMA_PWSH"), e.getMessage());
    }

    @Test
    void sealedValuesTravelOnlyOverStdin() throws Exception {
        String secret = "s3cret-Value-" + System.nanoTime();
        String password = "N3w-pass-" + System.nanoTime();
        SampleConnectors.appendYaml(t.connector, "credential:\n  user: svc\n  password: \""
                + SampleConnectors.SECRETS.encryptValue(secret) + "\"\n");
        writeImportScripts("");
        SampleConnectors.writeScript(t.connector, "Password.ps1", """
                param($ConfigParameters, $Credential, $Partition, $CSEntry, $OperationType, $PasswordOptions, $OldPassword, $NewPassword)
                $connectorPassword = $Credential.GetNetworkCredential().Password
                if ($connectorPassword.Length -gt 0 -and $NewPassword.Length -lt 64) {
                    throw (New-Object Microsoft.MetadirectoryServices.PasswordPolicyViolationException 'too weak for the target')
                }
                """);
        ScriptRuntime runtime = t.runtime();
        Schema schema = runtime.schema();
        try (ImportSession session = runtime.openImportSession(new OpenImportRunStep(ImportType.Full, 2, null, null), schema)) {
            session.nextPage();
            for (ProcessHandle child : ProcessHandle.current().children().toList()) {
                String commandLine = child.info().commandLine().orElse("");
                assertFalse(commandLine.contains(secret), "the secret is on a child's command line");
            }
        }
        PasswordRejectedException e = assertThrows(PasswordRejectedException.class, () -> runtime.password(new PasswordCall(
                "CN=1", "User", Map.of("EmployeeId", List.of("1")), PasswordOperationType.SetPassword, Set.of(), null, password)));
        assertEquals(PasswordErrorKind.POLICY_VIOLATION, e.errorKind());
        assertEquals("Password Extension Script (Password.ps1:4:5): too weak for the target", e.getMessage());
        assertTrue(t.streams.stream().noneMatch(s -> s.contains(secret) || s.contains(password)), t.streams.toString());
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 2)) {
            for (Path f : files.filter(p -> p.toString().contains("openecma-pwsh-host") && Files.isRegularFile(p)).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains(secret) || text.contains(password), f + " holds a secret");
            }
        }
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(text.contains(secret) || text.contains(password), f + " holds a secret");
            }
        }
    }

    /** A Begin Import / Import pair whose Import runs {@code body} first, then returns two entries. */
    private void writeImportScripts(String body) {
        SampleConnectors.writeScript(t.connector, "BeginImport.ps1", """
                param($ConfigParameters, $Credential, $OpenImportConnectionRunStep, $Types)
                New-Object Microsoft.MetadirectoryServices.OpenImportConnectionResults
                """);
        SampleConnectors.writeScript(t.connector, "Import.ps1", SessionTest.IMPORT_PARAMS + body + """

                $list = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
                foreach ($id in 'a', 'b') {
                    $c = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
                    $c.ObjectType = 'User'
                    $c.ObjectModificationType = 'Add'
                    $c.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('EmployeeId', $id))
                    $list.Add($c)
                }
                $r = New-Object Microsoft.MetadirectoryServices.GetImportEntriesResults
                $r.CSEntries = $list
                $r.MoreToImport = $true
                $r
                """);
    }

    /** Waits (bounded) until a child process has been running a while, i.e. the call is under way. */
    private static void awaitBusyChildProcess() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            boolean busy = ProcessHandle.current().children().anyMatch(p -> p.info().totalCpuDuration()
                    .map(d -> d.compareTo(Duration.ofSeconds(2)) > 0).orElse(false));
            if (busy) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no busy child process appeared");
    }

    /** Waits (bounded) until no child process is alive: the runtime killed it. */
    private static void awaitNoChildProcess() {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            if (ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("a host process is still alive: " + ProcessHandle.current().children().toList());
    }
}
