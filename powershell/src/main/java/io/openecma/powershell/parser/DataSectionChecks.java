package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The command rules of SemanticChecks.cs's RestrictedLanguageChecker for a data section: inside
 * {@code data { }} a command may only be ConvertFrom-StringData or one named by -SupportedCommand
 * (any command when a -SupportedCommand value is not a constant); dot-sourcing is
 * DotSourcingNotSupportedInDataSection, and '&' with a computed name OperatorNotSupportedInDataSection.
 * Each enclosing data section applies its own list. The checker's other rules (variables, method
 * calls, ...) are not applied here.
 */
final class DataSectionChecks {
    private static final String NOT_ALLOWED = "The command '%s' is not allowed in restricted language mode or a Data section.";

    private final Parser parser;
    /** One entry per enclosing data section; a null list allows every command. */
    private final Deque<List<String>> sections = new ArrayDeque<>();

    DataSectionChecks(Parser parser) {
        this.parser = parser;
    }

    /** Entering a data section's block; {@code supported} holds the -SupportedCommand arguments. */
    void enter(List<Expression> supported) {
        List<String> allowed = new ArrayList<>();
        allowed.add("ConvertFrom-StringData");
        for (Expression e : supported) {
            if (!(e instanceof Expression.StringConstant s)) {
                sections.push(new ArrayList<>(List.of("*")));
                return;
            }
            allowed.add(s.value());
        }
        sections.push(allowed);
    }

    void exit() {
        sections.pop();
    }

    /** A command parsed at {@code start..end} with this invocation operator ("", "&" or ".") and name. */
    void command(String invocation, Expression name, String text, int start, int end) {
        for (List<String> allowed : sections) {
            if (invocation.equals(".")) {
                parser.reportSemantic("DotSourcingNotSupportedInDataSection",
                        "Dot sourcing is not allowed in restricted language mode or a Data section.", start, end);
                return;
            }
            if (allowed.contains("*")) {
                continue;
            }
            String commandName = name instanceof Expression.StringConstant s ? s.value() : null;
            if (commandName == null) {
                if (invocation.equals("&")) {
                    parser.reportSemantic("OperatorNotSupportedInDataSection",
                            "The '&' operator is not allowed in restricted language mode or a Data section.", start, end);
                } else {
                    parser.reportSemantic("CmdletNotInAllowedListForDataSection", String.format(NOT_ALLOWED, text), start, end);
                }
                return;
            }
            if (allowed.stream().noneMatch(commandName::equalsIgnoreCase)) {
                parser.reportSemantic("CmdletNotInAllowedListForDataSection", String.format(NOT_ALLOWED, commandName), start, end);
                return;
            }
        }
    }
}
