package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * It (Pester 4): once per test case (or once without -TestCases). Each run gets a new scope under the
 * caller's; the BeforeEach blocks of the enclosing groups (outermost first) are dot-sourced into it,
 * the test block runs in a child scope with the case's keys splatted as parameters (and set as
 * variables), then the AfterEach blocks (innermost first). An empty test block is pending.
 */
final class ItCommand implements Cmdlet {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([^>]+)>");

    private final PesterState state;

    ItCommand(PesterState state) {
        this.state = state;
    }

    @Override
    public void process(CommandContext context) {
        if (state.current == null) {
            throw context.terminatingError("System.Management.Automation.RuntimeException",
                    "The It command may only be used inside a Describe block.", "PesterItOutsideDescribe",
                    "InvalidOperation");
        }
        String name = LanguagePrimitives.toStringValue(context.parameter("Name"));
        Object testValue = LanguagePrimitives.base(context.parameter("Test"));
        ScriptBlock test = testValue instanceof ScriptBlock sb ? sb : null;
        int siteLine = test != null ? test.body().position().line() : 0;
        for (Map<String, Object> testCase : testCases(context)) {
            String expanded = expand(name, testCase);
            List<String> path = state.current.path();
            if (context.switchPresent("Skip")) {
                state.add(new TestResult(path, expanded, Outcome.SKIPPED, "", "", siteLine));
            } else if (context.switchPresent("Pending") || test == null || isEmpty(test)) {
                state.add(new TestResult(path, expanded, Outcome.PENDING, "", "", siteLine));
            } else {
                state.add(runOne(context, path, expanded, test, testCase, siteLine));
            }
        }
    }

    private TestResult runOne(CommandContext context, List<String> path, String name, ScriptBlock test,
                              Map<String, Object> testCase, int siteLine) {
        BlockRunner runner = new BlockRunner(context);
        Scope caller = ((CommandContextImpl) context).callerScope();
        Scope saved = runner.interpreter().scope();
        Scope testScope = new Scope(caller, caller.module(), false);
        testCase.forEach(testScope::set);
        TestGroup group = state.current;
        Failure failure;
        Failure teardown;
        ItResultSignal signal = null;
        runner.interpreter().setScope(testScope);
        try {
            try {
                failure = runner.guarded(() -> {
                    group.setupChain().forEach(runner::dotSource);
                    runner.invokeChild(test, testCase);
                });
            } catch (ItResultSignal s) {
                signal = s;
                failure = null;
            }
            try {
                teardown = runner.guarded(() -> group.teardownChain().forEach(runner::dotSource));
            } catch (ItResultSignal s) {
                teardown = null;
            }
        } finally {
            runner.interpreter().setScope(saved);
        }
        if (failure == null && teardown != null) {
            failure = teardown;
        }
        if (failure != null) {
            return new TestResult(path, name, Outcome.FAILED, failure.message(), failure.location(), siteLine);
        }
        if (signal != null) {
            return new TestResult(path, name, signal.outcome, signal.getMessage(), "", siteLine);
        }
        return new TestResult(path, name, Outcome.PASSED, "", "", siteLine);
    }

    /** The test cases as ordered name/value maps; one empty case without -TestCases. */
    private static List<Map<String, Object>> testCases(CommandContext context) {
        List<Map<String, Object>> cases = new ArrayList<>();
        if (!context.isBound("TestCases") || context.parameter("TestCases") == null) {
            cases.add(Map.of());
            return cases;
        }
        for (Object item : LanguagePrimitives.toList(context.parameter("TestCases"))) {
            Object value = LanguagePrimitives.base(item);
            Map<String, Object> testCase = new LinkedHashMap<>();
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> testCase.put(LanguagePrimitives.toStringValue(k), v));
            } else {
                throw context.terminatingError("System.Management.Automation.ParameterBindingException",
                        "Cannot process argument transformation on parameter 'TestCases'. Each test case must be a hashtable.",
                        "ParameterArgumentTransformationError", "InvalidData");
            }
            cases.add(testCase);
        }
        return cases;
    }

    /** Expands {@code <key>} with the case's value for that key (unknown keys stay as written). */
    static String expand(String name, Map<String, Object> testCase) {
        if (testCase.isEmpty()) {
            return name;
        }
        Matcher m = PLACEHOLDER.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String replacement = m.group(0);
            for (Map.Entry<String, Object> e : testCase.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    replacement = LanguagePrimitives.toStringValue(e.getValue());
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A test block holding only whitespace and comments (Pester 4 marks it pending). */
    private static boolean isEmpty(ScriptBlock test) {
        var body = test.body();
        return body.parameters().isEmpty()
                && (body.begin() == null || body.begin().statements().isEmpty())
                && (body.process() == null || body.process().statements().isEmpty())
                && (body.end() == null || body.end().statements().isEmpty());
    }
}
