package io.openecma.powershell.conformance;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outcome of running one case in a fresh engine whose only file-system root, working
 * directory and {@code $env:TEMP} is a new temporary folder.
 */
record CaseRun(List<String> outputLines, Optional<ScriptError> terminatingError, List<ErrorRecord> writtenErrors,
               Optional<Throwable> engineFailure) {

    /** Generous: the engine's own limit; a script that reaches it has a runaway loop. */
    static final Duration SCRIPT_TIME_LIMIT = Duration.ofSeconds(30);

    static CaseRun of(ConformanceCase c) {
        Path temp = createTempFolder();
        try {
            EngineOptions options = EngineOptions.defaults()
                    .withTimeLimit(SCRIPT_TIME_LIMIT)
                    .withFileSystemRoots(List.of(temp), temp)
                    .withEnvironment(Map.of("TEMP", temp.toString(), "TMP", temp.toString()));
            PowerShellEngine engine = PowerShellEngine.create(options);
            ScriptResult result = engine.execute(ScriptSource.fromFile(c.script()), Map.of());
            return fromResult(result);
        } catch (RuntimeException | Error e) {
            return new CaseRun(List.of(), Optional.empty(), List.of(), Optional.of(e));
        } finally {
            deleteRecursively(temp);
        }
    }

    /** Formats each output item as the runner prints it and splits multi-line items into lines. */
    static CaseRun fromResult(ScriptResult result) {
        List<String> lines = new ArrayList<>();
        for (Object item : result.output()) {
            lines.addAll(List.of(OutputFormatter.format(item).split("\r\n|\n|\r", -1)));
        }
        return new CaseRun(lines, result.terminatingError(), List.copyOf(result.errors()), Optional.empty());
    }

    private static String safeMessage(ErrorRecord record) {
        try {
            return record.message();
        } catch (RuntimeException e) {
            return "<ErrorRecord not printable: " + e + ">";
        }
    }

    /** Null when the run matches the case; otherwise why not. */
    String mismatch(ConformanceCase c) {
        if (engineFailure.isPresent()) {
            return "the engine threw instead of returning a result";
        }
        if (!outputLines.equals(c.expectedOutput())) {
            return "output differs";
        }
        if (c.expectedError().isEmpty()) {
            return terminatingError.map(e -> "unexpected terminating error").orElse(null);
        }
        ConformanceCase.ExpectedError expected = c.expectedError().get();
        if (terminatingError.isPresent()) {
            ScriptError actual = terminatingError.get();
            return expected.mismatch(actual.message(), actual.exceptionTypeName(), actual.line());
        }
        // A statement-terminating error that was written to the error stream satisfies the case as well.
        String why = "expected an error, the script completed without one";
        for (ErrorRecord record : writtenErrors) {
            PSRuntimeException carrier = record.carrier();
            why = expected.mismatch(safeMessage(record), carrier.typeName(), record.getInvocationInfo().scriptLineNumber());
            if (why == null) {
                return null;
            }
        }
        return why;
    }

    String report(ConformanceCase c, String why) {
        StringBuilder b = new StringBuilder();
        b.append(c.id()).append(": ").append(why).append('\n');
        b.append("--- script (").append(c.script()).append(") ---\n").append(c.scriptText());
        b.append("\n--- expected output ---\n");
        c.expectedOutput().forEach(l -> b.append(l).append('\n'));
        c.expectedError().ifPresent(e -> b.append("--- expected terminating error ---\n").append(e).append('\n'));
        b.append("--- actual output ---\n");
        outputLines.forEach(l -> b.append(l).append('\n'));
        terminatingError.ifPresent(e -> b.append("--- actual terminating error ---\n")
                .append(e.describe()).append(" [").append(e.exceptionTypeName()).append("]\n"));
        if (!writtenErrors.isEmpty()) {
            b.append("--- errors written to the error stream ---\n");
            writtenErrors.forEach(r -> b.append(r.getInvocationInfo().scriptLineNumber()).append(": ")
                    .append(safeMessage(r)).append(" [").append(r.carrier().typeName()).append("]\n"));
        }
        engineFailure.ifPresent(t -> {
            StringWriter w = new StringWriter();
            t.printStackTrace(new PrintWriter(w));
            b.append("--- engine failure ---\n").append(w);
        });
        return b.toString();
    }

    private static Path createTempFolder() {
        try {
            return Files.createTempDirectory("oe-conf-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
