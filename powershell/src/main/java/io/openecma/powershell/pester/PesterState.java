package io.openecma.powershell.pester;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What the Pester commands share while one test file runs: the open groups, results and TestDrive. */
final class PesterState {

    final TestDrive testDrive;
    private final List<TestResult> results = new ArrayList<>();
    private final Consumer<TestResult> listener;
    TestGroup current;

    PesterState(TestDrive testDrive, Consumer<TestResult> listener) {
        this.testDrive = testDrive;
        this.listener = listener;
    }

    synchronized void add(TestResult result) {
        results.add(result);
        listener.accept(result);
    }

    synchronized List<TestResult> results() {
        return List.copyOf(results);
    }

    synchronized int count() {
        return results.size();
    }

    /** The It lines that produced a result since result number {@code from}. */
    synchronized List<Integer> linesSince(int from) {
        List<Integer> lines = new ArrayList<>();
        for (int i = from; i < results.size(); i++) {
            lines.add(results.get(i).siteLine());
        }
        return lines;
    }
}
