package io.openecma.powershell.pester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one test file in a child JVM ({@link PesterMain} with {@code --tsv}), so that a file that
 * exhausts memory, overflows the stack or never checks the time limit cannot take the whole run
 * down: such a child is killed and the file's It blocks count as failed with the reason.
 */
final class ChildRun {

    private final Path modulesDir;
    private final Duration timeLimit;

    ChildRun(Path modulesDir, Duration timeLimit) {
        this.modulesDir = modulesDir;
        this.timeLimit = timeLimit;
    }

    FileReport run(Path file) throws IOException, InterruptedException {
        Path tsv = Files.createTempFile("oracle-", ".tsv");
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xss16m", "-Xmx768m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), PesterMain.class.getName(),
                    "--timeout", Long.toString(timeLimit.toSeconds()), "--tsv", tsv.toString()));
            if (modulesDir != null) {
                command.addAll(List.of("--modules", modulesDir.toString()));
            }
            command.add(file.toString());
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean finished = process.waitFor(timeLimit.toSeconds() + 40, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
                return failedWhole(file, "the test process did not finish within the time limit and was killed");
            }
            List<TestResult> results = new ArrayList<>();
            String fileError = null;
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                results.add(parse(line));
            }
            if (results.isEmpty() && process.exitValue() > 1) {
                return failedWhole(file, "the test process failed (exit code " + process.exitValue() + ")");
            }
            return new FileReport(file, results, fileError);
        } finally {
            Files.deleteIfExists(tsv);
        }
    }

    private static TestResult parse(String line) {
        String[] f = line.split("\t", -1);
        List<String> path = f[1].isEmpty() ? List.of() : List.of(f[1].split(" > ", -1));
        return new TestResult(path, f[2], Outcome.valueOf(f[3]), f[4], f.length > 5 ? f[5] : "", 0);
    }

    private static FileReport failedWhole(Path file, String reason) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<TestResult> results = new ArrayList<>();
        for (ItSites.Site site : ItSites.inFile(file.toString(), text)) {
            results.add(new TestResult(List.of(), site.name(), Outcome.FAILED, reason, "", site.line()));
        }
        return new FileReport(file, results, reason);
    }
}
