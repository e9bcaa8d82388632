package io.openecma.powershell.conformance;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.conformance.ecma.Ecma;
import io.openecma.powershell.conformance.ecma.EcmaTypes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Plays ECMA2Host's part for the connector-shaped scripts: one engine (runspace) with the ECMA2
 * test types registered, the common module written to the connector's data folder
 * ({@code MAUtils.MAFolder}), and the scripts run from {@code src/test/resources/connector-shaped}.
 */
final class ConnectorHost {

    static final String COMMON_MODULE = "OeTest.Common.psm1";

    final Path maData;
    final PowerShellEngine engine;

    ConnectorHost(Path maData) throws IOException {
        this.maData = maData;
        Files.writeString(maData.resolve(COMMON_MODULE), resource(COMMON_MODULE));
        Ecma.MAUtils.useFolder(maData);
        engine = PowerShellEngine.create(EngineOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(60))
                .withFileSystemRoots(List.of(maData), maData)
                .withEnvironment(Map.of("TEMP", maData.toString(), "TMP", maData.toString())));
        EcmaTypes.registerInto(engine);
    }

    /** Runs a connector script with its parameters; fails the test on a terminating error. */
    ScriptResult run(String script, Map<String, Object> args) throws IOException {
        ScriptResult result = engine.execute(ScriptSource.of(script, resource(script)), args);
        assertSucceeded(result);
        return result;
    }

    /** Runs a script and returns its only output object. */
    Object runForSingle(String script, Map<String, Object> args) throws IOException {
        return single(run(script, args));
    }

    String log() throws IOException {
        return Files.readString(maData.resolve("connector.log"));
    }

    /** The log for failure messages; empty when the script never wrote one. */
    String logOrEmpty() {
        try {
            return log();
        } catch (IOException e) {
            return "";
        }
    }

    static void assertSucceeded(ScriptResult result) {
        result.terminatingError().ifPresent(e -> fail("script failed: " + e.describe() + " [" + e.exceptionTypeName()
                + "]; non-terminating errors: " + result.errors()));
    }

    static Object single(ScriptResult result) {
        assertEquals(1, result.output().size(), () -> "expected one output object, got " + result.output());
        return result.output().get(0);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ConnectorHost.class.getResourceAsStream("/connector-shaped/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource connector-shaped/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
