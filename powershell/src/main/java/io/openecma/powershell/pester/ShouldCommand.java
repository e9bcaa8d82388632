package io.openecma.powershell.pester;

import io.openecma.powershell.ast.Position;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.InvocationInfo;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.ArrayList;
import java.util.List;

/**
 * Should (Pester 4): gathers the pipeline input, then applies the operator given as a switch
 * ({@code Should -Be 1}, {@code Should -Not -Throw}) or in the legacy form ({@code Should Not Be 1}).
 * Operators with array input see all items at once; the others see each item (or $null for none).
 * A failed assertion throws a terminating error with FullyQualifiedErrorId PesterAssertionFailed.
 */
final class ShouldCommand implements Cmdlet {

    private final List<Object> inputs = new ArrayList<>();
    /** Where the Should command is (read before any assertion helper runs and moves the position). */
    private Position at;

    @Override
    public void begin(CommandContext context) {
        at = ((CommandContextImpl) context).interpreter().position();
    }

    @Override
    public void process(CommandContext context) {
        if (context.expectingInput()) {
            inputs.add(context.currentInput());
        } else {
            inputs.add(context.parameter("ActualValue"));
        }
    }

    @Override
    public void end(CommandContext context) {
        ShouldOperator op = null;
        for (ShouldOperator candidate : ShouldOperator.values()) {
            if (context.switchPresent(candidate.parameterName)) {
                op = candidate;
            }
        }
        List<Object> rest = context.isBound("Rest") ? LanguagePrimitives.toList(context.parameter("Rest")) : List.of();
        Object expected = context.parameter("ExpectedValue");
        boolean negate = context.switchPresent("Not");
        String because = context.isBound("Because") ? LanguagePrimitives.toStringValue(context.parameter("Because"))
                : rest.isEmpty() ? null : LanguagePrimitives.toStringValue(rest.get(0));
        if (op == null) {
            List<Object> legacy = new ArrayList<>();
            if (context.isBound("ExpectedValue")) {
                legacy.add(expected);
            }
            legacy.addAll(rest);
            int at = 0;
            if (!legacy.isEmpty() && "not".equalsIgnoreCase(LanguagePrimitives.toStringValue(legacy.get(0)))) {
                negate = true;
                at = 1;
            }
            if (at >= legacy.size()) {
                throw fail("You cannot call Should without specifying an assertion method.", "PesterNoOperator");
            }
            String name = LanguagePrimitives.toStringValue(legacy.get(at));
            op = ShouldOperator.named(name);
            if (op == null) {
                throw fail("'" + name + "' is not a valid Should operator.", "PesterUnknownOperator");
            }
            expected = at + 1 < legacy.size() ? legacy.get(at + 1) : null;
            because = null;
        }
        String expectedMessage = context.isBound("ExpectedMessage")
                ? LanguagePrimitives.toStringValue(context.parameter("ExpectedMessage")) : null;
        if (op == ShouldOperator.THROW && expectedMessage == null && expected != null) {
            expectedMessage = LanguagePrimitives.toStringValue(expected);
        }
        ShouldArguments args = new ShouldArguments(expected, negate, because, expectedMessage,
                context.isBound("ErrorId") ? LanguagePrimitives.toStringValue(context.parameter("ErrorId")) : null,
                context.parameter("ExceptionType"), context.switchPresent("PassThru"));
        EngineExpressions ps = new EngineExpressions(context);
        List<Object> values = new ArrayList<>();
        if (inputs.isEmpty()) {
            values.add(null);
        } else if (op.arrayInput) {
            values.add(inputs.toArray());
        } else {
            values.addAll(inputs);
        }
        for (Object value : values) {
            AssertionResult result = op == ShouldOperator.THROW ? new ThrowAssertion(context, ps).check(value, args)
                    : new ValueAssertions(ps).check(op, value, args);
            if (!result.succeeded()) {
                throw fail(result.failureMessage(), "PesterAssertionFailed");
            }
            if (result.data() != null) {
                context.writeObject(result.data());
            }
        }
    }

    /** The error Pester 4's Should throws: a System.Exception with id PesterAssertionFailed, at the Should. */
    private PSRuntimeException fail(String message, String id) {
        PSRuntimeException e = new PSRuntimeException("System.Exception", message);
        Position p = at == null ? new Position("", 0, 0) : at;
        new ErrorRecord(e, id, "InvalidResult", null, new InvocationInfo(p.file(), p.line(), p.column(), "", "Should"));
        return e.markScriptTerminating();
    }
}
