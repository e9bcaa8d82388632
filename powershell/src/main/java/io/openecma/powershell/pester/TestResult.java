package io.openecma.powershell.pester;

import java.util.List;

/**
 * One It block's result.
 *
 * @param path     the enclosing Describe/Context names, outermost first
 * @param name     the It name with {@code <key>} placeholders expanded
 * @param message  the failure (or skip) reason, "" when none
 * @param location {@code file:line} of the failure, "" when unknown
 * @param siteLine the line of the It command, so unrun It blocks can be told apart
 */
public record TestResult(List<String> path, String name, Outcome outcome, String message, String location,
                         int siteLine) {

    public TestResult {
        path = List.copyOf(path);
        message = message == null ? "" : message;
        location = location == null ? "" : location;
    }

    public String fullName() {
        return path.isEmpty() ? name : String.join(" > ", path) + " > " + name;
    }
}
