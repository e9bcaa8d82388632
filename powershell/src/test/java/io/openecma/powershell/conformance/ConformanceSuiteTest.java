package io.openecma.powershell.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every script under {@code src/test/resources/conformance/<feature>/} in a fresh engine and
 * compares its output lines (and terminating error) with what Windows PowerShell 5.1 prints.
 * One dynamic container per feature, so a failure names the rule; a per-feature summary line
 * {@code conformance: <feature>: N passed, M failed} is printed at the end.
 */
@Tag("conformance")
class ConformanceSuiteTest {

    /** Only a guard against an engine that hangs despite its own time limit; not a performance check. */
    private static final Duration HANG_GUARD = CaseRun.SCRIPT_TIME_LIMIT.multipliedBy(4);

    /** Per feature: [passed, failed]. */
    private static final Map<String, AtomicIntegerArray> SUMMARY = new ConcurrentSkipListMap<>();

    @TestFactory
    Stream<DynamicContainer> conformance() throws IOException {
        Map<String, List<ConformanceCase>> byFeature = loadCases(suiteRoot());
        if (byFeature.isEmpty()) {
            fail("no conformance cases found under " + suiteRoot());
        }
        return byFeature.entrySet().stream().map(feature -> DynamicContainer.dynamicContainer(feature.getKey(),
                feature.getValue().stream().map(c -> DynamicTest.dynamicTest(c.id(), c.script().toUri(), () -> check(c)))));
    }

    private static void check(ConformanceCase c) {
        CaseRun run = assertTimeoutPreemptively(HANG_GUARD, () -> CaseRun.of(c), () -> c.id() + " did not return");
        String why = run.mismatch(c);
        AtomicIntegerArray counts = SUMMARY.computeIfAbsent(c.feature(), f -> new AtomicIntegerArray(2));
        counts.incrementAndGet(why == null ? 0 : 1);
        if (why != null) {
            fail(run.report(c, why));
        }
    }

    @AfterAll
    static void printSummary() {
        int passed = 0;
        int failed = 0;
        for (Map.Entry<String, AtomicIntegerArray> e : SUMMARY.entrySet()) {
            int p = e.getValue().get(0);
            int f = e.getValue().get(1);
            passed += p;
            failed += f;
            System.out.printf("conformance: %s: %d passed, %d failed%n", e.getKey(), p, f);
        }
        System.out.printf("conformance: TOTAL: %d passed, %d failed%n", passed, failed);
    }

    static Path suiteRoot() {
        URL url = ConformanceSuiteTest.class.getResource("/conformance");
        if (url == null) {
            throw new IllegalStateException("conformance resources are not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, List<ConformanceCase>> loadCases(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ps1"))
                    .filter(p -> !p.getParent().equals(root))
                    .sorted()
                    .map(ConformanceCase::load)
                    .collect(Collectors.groupingBy(ConformanceCase::feature, TreeMap::new, Collectors.toList()));
        }
    }
}
