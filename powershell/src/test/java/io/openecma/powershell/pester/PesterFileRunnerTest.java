package io.openecma.powershell.pester;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the small Pester files under src/test/resources/pester and checks what the runner counts. */
class PesterFileRunnerTest {

    @TempDir
    Path temp;

    private FileReport run(String name) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/pester/" + name).toURI());
        return new PesterFileRunner(new PesterFileRunner.Options(Duration.ofSeconds(60), temp, null, r -> { }))
                .run(file);
    }

    private static Map<String, TestResult> byName(FileReport report) {
        return report.results().stream().collect(Collectors.toMap(TestResult::name, Function.identity()));
    }

    @Test
    void countsPassingFailingAndPendingIts() throws Exception {
        FileReport report = run("Counting.Tests.ps1");
        assertEquals(2, report.passed());
        assertEquals(2, report.failed());
        assertEquals(1, report.skipped());
        Map<String, TestResult> r = byName(report);
        assertEquals("Expected 2, but got 1.", r.get("fails with Be").message());
        assertEquals("Counting.Tests.ps1:5", r.get("fails with Be").location());
        assertEquals(Outcome.PENDING, r.get("is pending because empty").outcome());
        assertEquals(List.of("Counting"), r.get("passes with Be").path());
        assertNull(report.fileError());
    }

    @Test
    void runsEachTestCaseWithExpandedName() throws Exception {
        Map<String, TestResult> r = byName(run("TestCases.Tests.ps1"));
        assertEquals(Outcome.PASSED, r.get("adds 1 and 2").outcome());
        assertEquals(Outcome.FAILED, r.get("adds 2 and 2").outcome());
        assertEquals("Expected 5, but got 4.", r.get("adds 2 and 2").message());
        assertEquals(Outcome.PASSED, r.get("sees case keys as variables: x").outcome());
    }

    @Test
    void skipsAndPendsWithoutRunning() throws Exception {
        Map<String, TestResult> r = byName(run("Skip.Tests.ps1"));
        assertEquals(Outcome.SKIPPED, r.get("skipped by switch").outcome());
        assertEquals(Outcome.SKIPPED, r.get("skipped by condition").outcome());
        assertEquals(Outcome.PASSED, r.get("not skipped when false").outcome());
        assertEquals(Outcome.PENDING, r.get("pending by switch").outcome());
        assertEquals(Outcome.SKIPPED, r.get("skipped by Set-ItResult").outcome());
        assertEquals("It result set to Skipped, not here", r.get("skipped by Set-ItResult").message());
    }

    @Test
    void runsSetupAndTeardownInPester4Order() throws Exception {
        FileReport report = run("Order.Tests.ps1");
        assertEquals(3, report.passed(), () -> report.results().toString());
        assertEquals(0, report.failed());
    }

    @Test
    void checksThrowFilters() throws Exception {
        Map<String, TestResult> r = byName(run("Throw.Tests.ps1"));
        assertEquals(Outcome.PASSED, r.get("matches the FullyQualifiedErrorId").outcome(), r.get("matches the FullyQualifiedErrorId").message());
        assertEquals(Outcome.PASSED, r.get("matches the message").outcome());
        assertEquals(Outcome.PASSED, r.get("matches the exception type").outcome(), r.get("matches the exception type").message());
        assertEquals(Outcome.PASSED, r.get("passes the error record through").outcome(), r.get("passes the error record through").message());
        assertEquals(Outcome.FAILED, r.get("fails on a wrong id").outcome());
        assertTrue(r.get("fails on a wrong id").message().startsWith(
                "Expected an exception, with FullyQualifiedErrorId 'NoSuchId' to be thrown, but the FullyQualifiedErrorId was 'x'."),
                r.get("fails on a wrong id").message());
        assertEquals("Expected an exception, to be thrown, but no exception was thrown.",
                r.get("fails when nothing is thrown").message());
        assertEquals(Outcome.PASSED, r.get("Not -Throw holds when nothing is thrown").outcome());
        assertEquals(Outcome.FAILED, r.get("Not -Throw fails on an error").outcome());
    }

    @Test
    void countsEveryItOfAFileThatDoesNotParseAsFailed() throws Exception {
        FileReport report = run("Unparsable.Tests.ps1");
        assertEquals(2, report.failed());
        assertEquals(0, report.passed());
        assertNotNull(report.fileError());
        assertEquals(List.of("one", "two"), report.results().stream().map(TestResult::name).toList());
        assertTrue(report.results().get(0).message().equals(report.fileError()));
    }

    @Test
    void failsTheItsOfADescribeWhoseBeforeAllFails() throws Exception {
        FileReport report = run("BeforeAllFails.Tests.ps1");
        Map<String, TestResult> r = byName(report);
        assertEquals(Outcome.FAILED, r.get("a").outcome());
        assertEquals("setup broke", r.get("a").message());
        assertEquals(Outcome.FAILED, r.get("b").outcome());
        assertEquals(Outcome.PASSED, r.get("c").outcome());
        assertEquals(3, report.results().size());
    }

    @Test
    void appliesEachOperatorBothWays() throws Exception {
        List<TestResult> results = run("Operators.Tests.ps1").results();
        assertEquals(18, results.size());
        for (int i = 0; i < results.size(); i++) {
            TestResult t = results.get(i);
            Outcome expected = i % 2 == 0 ? Outcome.PASSED : Outcome.FAILED;
            assertEquals(expected, t.outcome(), t.name() + ": " + t.message());
        }
    }

    @Test
    void givesEachDescribeAFreshTestDrive() throws Exception {
        FileReport report = run("TestDrive.Tests.ps1");
        assertEquals(3, report.passed(), () -> report.results().toString());
    }

    @Test
    void setupTakesDAsDirAndThePlatformTypeAnswersWindows() throws Exception {
        FileReport report = run("SetupAndPlatform.Tests.ps1");
        assertEquals(3, report.passed(), () -> report.results().toString());
        assertEquals(0, report.failed());
    }
}
