package io.openecma.schemas.definition;

import java.util.List;
import java.util.stream.Collectors;

/** A connector definition (or several) could not be loaded; {@link #problems()} lists every problem found. */
public class InvalidDefinitionException extends RuntimeException {

    private final List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super("invalid connector definition:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
