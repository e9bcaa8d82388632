package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.ScriptBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * A Describe or Context while it runs: its name, the BeforeEach/AfterEach blocks it declares (found
 * in its body before the body runs, as Pester 4 does) and its parent.
 */
final class TestGroup {

    final String name;
    final TestGroup parent;
    final List<ScriptBlock> beforeEach = new ArrayList<>();
    final List<ScriptBlock> afterEach = new ArrayList<>();

    TestGroup(String name, TestGroup parent) {
        this.name = name;
        this.parent = parent;
    }

    List<String> path() {
        List<String> names = parent == null ? new ArrayList<>() : parent.path();
        names.add(name);
        return names;
    }

    /** Every BeforeEach that applies to an It here: outermost group first. */
    List<ScriptBlock> setupChain() {
        List<ScriptBlock> chain = parent == null ? new ArrayList<>() : parent.setupChain();
        chain.addAll(beforeEach);
        return chain;
    }

    /** Every AfterEach that applies to an It here: innermost group first. */
    List<ScriptBlock> teardownChain() {
        List<ScriptBlock> chain = new ArrayList<>(afterEach);
        if (parent != null) {
            chain.addAll(parent.teardownChain());
        }
        return chain;
    }
}
