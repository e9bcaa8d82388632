package io.openecma.powershell.pester;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.host.FileSystemAccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Runs one Pester test file in a fresh engine: the file's folder, a temp folder of its own and the
 * test helper modules folder are the file-system roots (the temp folder first, so {@code C:\} paths
 * land there), the current location is the file's folder, and a time limit applies. Every It found in
 * the file that did not run because the file stopped early is counted as failed with the reason.
 */
public final class PesterFileRunner {

    /**
     * @param timeLimit   per file
     * @param tempParent  a folder to make the file's temp folder in
     * @param modulesDir  PowerShell's test/tools/Modules (put on $env:PSModulePath), or null
     * @param listener    gets each result as it is recorded
     */
    public record Options(Duration timeLimit, Path tempParent, Path modulesDir, Consumer<TestResult> listener) {
    }

    private final Options options;

    public PesterFileRunner(Options options) {
        this.options = options;
    }

    public FileReport run(Path file) {
        Path script = file.toAbsolutePath().normalize();
        String text;
        try {
            text = ScriptSource.decode(Files.readAllBytes(script));
        } catch (IOException e) {
            return new FileReport(script, List.of(), "cannot read the file: " + e.getMessage());
        }
        Path temp = makeTemp(script);
        try {
            return runIn(script, text, temp);
        } finally {
            TestDrive.deleteTree(temp);
        }
    }

    private FileReport runIn(Path script, String text, Path temp) {
        TestDrive drive = new TestDrive(temp);
        PesterState state = new PesterState(drive, options.listener() == null ? r -> { } : options.listener());
        List<Path> roots = new ArrayList<>(List.of(temp, script.getParent()));
        if (options.modulesDir() != null) {
            roots.add(options.modulesDir());
        }
        AtomicBoolean abandoned = new AtomicBoolean();
        UnaryOperator<String> drivePaths = FileSystemAccess.drivePathsUnderFirstRoot(roots);
        EngineOptions engineOptions = EngineOptions.defaults()
                .withFileSystemRoots(roots, script.getParent())
                .withEnvironment(environment(temp))
                .withTimeLimit(options.timeLimit())
                .withCancellation(abandoned::get)
                .withPathMapper(path -> drivePaths.apply(drive.map(path)));
        PowerShellEngine engine = PowerShellEngine.create(engineOptions);
        PesterCommands.register(engine, state);
        TestEnvironment.apply(engine);

        FutureTask<ScriptResult> task = new FutureTask<>(() -> engine.execute(ScriptSource.of(script.toString(), text), Map.of()));
        Thread worker = new Thread(task, "pester-" + script.getFileName());
        worker.setDaemon(true);
        worker.start();
        String fileError;
        try {
            // The engine stops itself at the time limit; the grace covers code that never checks it.
            ScriptResult result = task.get(options.timeLimit().toMillis() + 15_000, TimeUnit.MILLISECONDS);
            fileError = result.terminatingError().map(PesterFileRunner::describe).orElse(null);
        } catch (TimeoutException e) {
            abandoned.set(true);
            fileError = "the file did not finish within " + options.timeLimit().toSeconds() + " s (hung)";
        } catch (ExecutionException e) {
            fileError = "the engine failed: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fileError = "interrupted";
        }
        if (fileError != null) {
            failUnrun(script, text, state, fileError);
        }
        return new FileReport(script, state.results(), fileError);
    }

    /** Counts each It of the file with no result as failed with the file's error. */
    private static void failUnrun(Path script, String text, PesterState state, String reason) {
        Set<Integer> ran = new HashSet<>(state.linesSince(0));
        for (ItSites.Site site : ItSites.inFile(script.toString(), text)) {
            if (!ran.contains(site.line())) {
                state.add(new TestResult(List.of(), site.name(), Outcome.FAILED, reason, "", site.line()));
            }
        }
    }

    private static String describe(ScriptError e) {
        return e.message() + " (" + BlockRunner.location(e.file(), e.line()) + ")";
    }

    private Map<String, String> environment(Path temp) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TEMP", temp.toString());
        env.put("TMP", temp.toString());
        if (options.modulesDir() != null) {
            env.put("PSModulePath", options.modulesDir().toString());
        }
        return env;
    }

    private Path makeTemp(Path script) {
        try {
            Files.createDirectories(options.tempParent());
            return Files.createTempDirectory(options.tempParent(), "pester-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
