package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScriptBlock;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Describe and Context (Pester 4): the body runs at once, dot-sourced into a new child scope of the
 * caller, after the group's BeforeAll blocks (run in that same scope, so their variables reach the
 * Its); AfterAll runs at the end. An error in BeforeAll or the body fails every It of the group that
 * did not run, with that error.
 */
final class DescribeCommand implements Cmdlet {

    private final PesterState state;

    DescribeCommand(PesterState state) {
        this.state = state;
    }

    @Override
    public void process(CommandContext context) {
        String name = LanguagePrimitives.toStringValue(context.parameter("Name"));
        Object fixtureValue = LanguagePrimitives.base(context.parameter("Fixture"));
        if (!(fixtureValue instanceof ScriptBlock fixture)) {
            throw context.terminatingError("System.Management.Automation.RuntimeException",
                    "No test script block is provided. (Have you put the open curly brace on the next line?)",
                    "PesterNoFixture", "InvalidArgument");
        }
        BlockRunner runner = new BlockRunner(context);
        SetupBlocks setup = SetupBlocks.of(fixture);
        TestGroup group = new TestGroup(name, state.current);
        group.beforeEach.addAll(setup.beforeEach());
        group.afterEach.addAll(setup.afterEach());

        Scope caller = ((CommandContextImpl) context).callerScope();
        Scope saved = runner.interpreter().scope();
        Path drive = state.testDrive.enter();
        context.setVariable("global:TestDrive", drive.toString());
        // Pester's New-TestDrive: a FileSystem PSDrive named TestDrive (Get-PSDrive, New-PSDrive -Root TestDrive:)
        context.fileSystem().drives().define("TestDrive", drive.toString(), "Pester test drive");
        TestGroup outer = state.current;
        state.current = group;
        int before = state.count();
        Failure failure;
        Failure teardown;
        try {
            runner.interpreter().setScope(new Scope(caller, caller.module(), false));
            failure = runner.guarded(() -> {
                setup.beforeAll().forEach(runner::dotSource);
                runner.dotSource(fixture);
            });
            teardown = runner.guarded(() -> setup.afterAll().forEach(runner::dotSource));
        } finally {
            runner.interpreter().setScope(saved);
            state.current = outer;
            state.testDrive.leave();
        }
        if (failure != null) {
            failUnrun(group, fixture, before, failure);
        }
        if (teardown != null) {
            state.add(new TestResult(group.path(), "AfterAll", Outcome.FAILED, teardown.message(),
                    teardown.location(), fixture.body().position().line()));
        }
    }

    /** Counts each It of the group that produced no result as failed with the group's error. */
    private void failUnrun(TestGroup group, ScriptBlock fixture, int before, Failure failure) {
        Set<Integer> ran = new HashSet<>(state.linesSince(before));
        boolean any = false;
        for (ItSites.Site site : ItSites.in(List.of(fixture.body()))) {
            if (!ran.contains(site.line())) {
                state.add(new TestResult(group.path(), site.name(), Outcome.FAILED, failure.message(),
                        failure.location(), site.line()));
                any = true;
            }
        }
        if (!any) {
            state.add(new TestResult(group.path(), "Error occurred in " + group.name, Outcome.FAILED,
                    failure.message(), failure.location(), fixture.body().position().line()));
        }
    }
}
