package io.openecma.powershell.types.language.ast;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ScriptBlock.CheckRestrictedLanguage (CompiledScriptBlock.cs) with the rules of
 * RestrictedLanguageChecker (SemanticChecks.cs): the end block may use only constants, arrays,
 * hashtables, parentheses, sub-expressions, expandable strings, if statements, pipelines of the
 * allowed commands and the allowed variables (the defaults $PSCulture, $PSUICulture, $true,
 * $false, $null plus the caller's list; a lone '*' allows every variable; $env: only when asked).
 * Everything else is reported with ParserStrings' *NotSupportedInDataSection texts, and the
 * errors end in one ParseException. Not checked here: operators restricted mode refuses and the
 * types of conversions.
 */
public final class RestrictedLanguageChecker {

    private static final List<String> DEFAULT_VARIABLES = List.of("PSCulture", "PSUICulture", "true", "false", "null");
    private static final String SUFFIX = " are not allowed in restricted language mode or a Data section.";

    private final Collection<String> allowedCommands;
    /** Lower-cased name to name as given: the defaults first, then the caller's (HashSet.Union's order). */
    private final Map<String, String> allowedVariables = new LinkedHashMap<>();
    private final boolean allVariables;
    private final boolean environment;
    /** ErrorId and message of each refusal, in the order the tree is walked. */
    private final List<String[]> errors = new ArrayList<>();

    private RestrictedLanguageChecker(Collection<String> commands, Collection<String> variables, boolean environment) {
        this.allowedCommands = commands;
        this.environment = environment;
        DEFAULT_VARIABLES.forEach(v -> allowedVariables.put(v.toLowerCase(Locale.ROOT), v));
        this.allVariables = variables != null && variables.size() == 1 && variables.contains("*");
        if (variables != null && !allVariables) {
            variables.forEach(v -> allowedVariables.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        }
    }

    /** Throws a ParseException listing every construct of {@code block} restricted language does not allow. */
    public static void check(ScriptBlockAst block, Object allowedCommands, Object allowedVariables, boolean allowEnvironmentVariables) {
        RestrictedLanguageChecker checker = new RestrictedLanguageChecker(names(allowedCommands), names(allowedVariables),
                allowEnvironmentVariables);
        if (block.getBeginBlock() != null || block.getProcessBlock() != null || block.getCleanBlock() != null
                || block.getParamBlock() != null) {
            checker.errors.add(new String[] {"InvalidScriptBlockInDataSection",
                    "A Begin statement block, Process statement block, or parameter statement is not allowed in a Data section."});
        }
        NamedBlockAst end = block.getEndBlock();
        if (end != null) {
            for (Ast trap : end.getTraps() == null ? List.<Ast>of() : end.getTraps()) {
                checker.visit(trap);
            }
            for (Ast statement : end.getStatements()) {
                checker.visit(statement);
            }
        }
        if (!checker.errors.isEmpty()) {
            // ParseException(ParseError[]): its ErrorId is the first error's; its message lists them all.
            List<String> messages = checker.errors.stream().map(e -> e[1]).toList();
            throw new PSRuntimeException("System.Management.Automation.ParseException", String.join("\r\n\r\n", messages))
                    .withError(checker.errors.get(0)[0], "ParserError", null);
        }
    }

    private static Collection<String> names(Object value) {
        Object raw = LanguagePrimitives.base(value);
        if (raw == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Object item : LanguagePrimitives.toList(raw)) {
            names.add(LanguagePrimitives.toStringValue(item));
        }
        return names;
    }

    private void visit(Ast node) {
        String[] refused = refusal(node);
        if (refused != null) {
            errors.add(refused);
        }
        List<Ast> children = new ArrayList<>();
        node.addChildren(children);
        for (Ast child : children) {
            visit(child);
        }
    }

    /** The error a node is, or null when restricted language allows it. */
    private String[] refusal(Ast node) {
        if (node instanceof VariableExpressionAst v) {
            return variable(String.valueOf(v.getVariablePath()));
        }
        if (node instanceof CommandAst c) {
            return command(c);
        }
        if (node instanceof ScriptBlockExpressionAst || node instanceof ScriptBlockAst) {
            return new String[] {"ScriptBlockNotSupportedInDataSection", "Script block literals" + SUFFIX};
        }
        if (node instanceof InvokeMemberExpressionAst) {
            return new String[] {"MethodCallNotSupportedInDataSection", "Method calls" + SUFFIX};
        }
        if (node instanceof MemberExpressionAst) {
            return new String[] {"PropertyReferenceNotSupportedInDataSection", "Property references" + SUFFIX};
        }
        if (node instanceof IndexExpressionAst) {
            return new String[] {"ArrayReferenceNotSupportedInDataSection", "Array references" + SUFFIX};
        }
        if (node instanceof AssignmentStatementAst) {
            return new String[] {"AssignmentStatementNotSupportedInDataSection", "Assignment statements" + SUFFIX};
        }
        if (node instanceof FunctionDefinitionAst) {
            return new String[] {"FunctionDeclarationNotSupportedInDataSection", "Function declarations" + SUFFIX};
        }
        if (node instanceof ForEachStatementAst) {
            return new String[] {"ForeachStatementNotSupportedInDataSection", "Foreach statements" + SUFFIX};
        }
        if (node instanceof ForStatementAst || node instanceof WhileStatementAst) {
            return new String[] {"ForWhileStatementNotSupportedInDataSection", "For and While statements" + SUFFIX};
        }
        if (node instanceof DoWhileStatementAst || node instanceof DoUntilStatementAst) {
            return new String[] {"DoWhileStatementNotSupportedInDataSection", "The Do and While statements are not allowed in restricted language mode or a Data section."};
        }
        if (node instanceof TryStatementAst) {
            return new String[] {"TryStatementNotSupportedInDataSection", "The Try statement is not allowed in restricted language mode or a Data section."};
        }
        if (node instanceof TrapStatementAst) {
            return new String[] {"TrapStatementNotSupportedInDataSection", "The Trap statement is not allowed in restricted language mode or a Data section."};
        }
        if (node instanceof SwitchStatementAst) {
            return new String[] {"SwitchStatementNotSupportedInDataSection", "The switch statement is not allowed in restricted language mode or a Data section."};
        }
        if (node instanceof BreakStatementAst || node instanceof ContinueStatementAst || node instanceof ReturnStatementAst
                || node instanceof ExitStatementAst || node instanceof ThrowStatementAst) {
            return new String[] {"FlowControlStatementNotSupportedInDataSection", "Flow control statements such as Break, Continue, Return, Exit, and Throw" + SUFFIX};
        }
        if (node instanceof RedirectionAst) {
            return new String[] {"RedirectionNotSupportedInDataSection", "Redirection is not allowed in restricted language mode or a Data section."};
        }
        if (node instanceof AttributedExpressionAst && !(node instanceof ConvertExpressionAst)) {
            return new String[] {"AttributeNotSupportedInDataSection", "Attributes" + SUFFIX};
        }
        return null;
    }

    private String[] variable(String path) {
        if (allVariables || allowedVariables.containsKey(path.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (environment && path.regionMatches(true, 0, "env:", 0, 4)) {
            return null;
        }
        StringBuilder allowed = new StringBuilder();
        for (String name : allowedVariables.values()) {
            allowed.append(allowed.length() > 0 ? ", " : "").append('$').append(name);
        }
        return new String[] {"VariableReferenceNotSupportedInDataSection",
                "A variable that cannot be referenced in restricted language mode or a Data section is being referenced. "
                        + "Variables that can be referenced include the following: " + allowed + "."};
    }

    private String[] command(CommandAst c) {
        if (".".equals(String.valueOf(c.getInvocationOperator())) || "Dot".equalsIgnoreCase(String.valueOf(c.getInvocationOperator()))) {
            return new String[] {"DotSourcingNotSupportedInDataSection", "Dot sourcing is not allowed in restricted language mode or a Data section."};
        }
        if (allowedCommands == null) {
            return null;
        }
        Ast first = c.getCommandElements().isEmpty() ? null : c.getCommandElements().get(0);
        String name = first instanceof StringConstantExpressionAst s ? String.valueOf(s.getValue()) : null;
        if (name != null && allowedCommands.stream().anyMatch(name::equalsIgnoreCase)) {
            return null;
        }
        return new String[] {"CmdletNotInAllowedListForDataSection", "The command '"
                + (name != null ? name : first == null ? "" : first.getExtent().getText())
                + "' is not allowed in restricted language mode or a Data section."};
    }
}
