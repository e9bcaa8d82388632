package io.openecma.powershell.pester;

import java.nio.file.Path;
import java.util.List;

/**
 * The results of one test file; {@code fileError} is why the file itself stopped early (parse error,
 * error outside any It, time limit), or null.
 */
public record FileReport(Path file, List<TestResult> results, String fileError) {

    public FileReport {
        results = List.copyOf(results);
    }

    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long passed() {
        return count(Outcome.PASSED);
    }

    public long failed() {
        return count(Outcome.FAILED);
    }

    public long skipped() {
        return results.stream().filter(r -> r.outcome().countsAsSkipped()).count();
    }
}
