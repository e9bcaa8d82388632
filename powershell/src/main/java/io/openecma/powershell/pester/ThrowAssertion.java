package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.ControlFlow;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.HostedInvocation;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.InvocationInfo;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Should -Throw (Pester 4): runs the script block as inside try; the assertion holds when an error
 * terminated it and it matches every filter given: -ExceptionType ({@code -is}), -ExpectedMessage and
 * -ErrorId (case-insensitive substring of the message / FullyQualifiedErrorId). -Not -Throw fails on any
 * error. -PassThru returns the ErrorRecord.
 */
final class ThrowAssertion {

    private final CommandContext context;
    private final EngineExpressions ps;

    ThrowAssertion(CommandContext context, EngineExpressions ps) {
        this.context = context;
        this.ps = ps;
    }

    AssertionResult check(Object actual, ShouldArguments a) {
        Object block = LanguagePrimitives.base(actual);
        if (!(block instanceof ScriptBlock sb)) {
            throw context.terminatingError("System.ArgumentNullException",
                    "Scriptblock not found. Input to 'Throw' and 'Not Throw' must be enclosed in curly braces."
                            + System.lineSeparator() + "Parameter name: ActualValue", "PesterThrowNeedsScriptBlock",
                    "InvalidArgument");
        }
        ErrorRecord error = run(sb);
        String b = Nicely.because(a.because());
        String where = error == null ? "" : " " + lineInfo(error.getInvocationInfo());
        if (a.negate()) {
            return AssertionResult.holds(error == null, "Expected no exception to be thrown," + b
                    + " but an exception \"" + (error == null ? "" : error.message()) + "\" was thrown" + where + ".");
        }
        List<String> filters = new ArrayList<>();
        List<String> buts = new ArrayList<>();
        if (a.exceptionType() != null) {
            Object type = ps.type(a.exceptionType());
            filters.add("with type " + Nicely.format(type));
            if (error != null && !ps.is(error.getException(), type)) {
                buts.add("the exception type was " + Nicely.format(ps.typeOf(error.getException())));
            }
        }
        String message = a.expectedMessage();
        if (message != null && !message.replaceAll("\\s", "").isEmpty()) {
            filters.add("with message " + Nicely.format(message));
            if (error != null && !containsIgnoreCase(error.message(), message)) {
                buts.add("the message was " + Nicely.format(error.message()));
            }
        }
        String id = a.errorId();
        if (id != null && !id.replaceAll("\\s", "").isEmpty()) {
            filters.add("with FullyQualifiedErrorId " + Nicely.format(id));
            if (error != null && !containsIgnoreCase(error.getFullyQualifiedErrorId(), id)) {
                buts.add("the FullyQualifiedErrorId was " + Nicely.format(error.getFullyQualifiedErrorId()));
            }
        }
        if (error == null) {
            buts.add("no exception was thrown");
        }
        if (!buts.isEmpty()) {
            String filter = filters.isEmpty() ? "" : " " + joinAnd(filters, 3);
            return new AssertionResult(("Expected an exception," + filter + " to be thrown," + b + " but "
                    + joinAnd(buts, 2) + "." + where).trim(), null);
        }
        return new AssertionResult(null, a.passThru() ? error : null);
    }

    /** The error that ended the block, or null when it completed. */
    private ErrorRecord run(ScriptBlock block) {
        CommandContextImpl c = (CommandContextImpl) context;
        Interpreter interp = c.interpreter();
        Scope saved = interp.scope();
        interp.setScope(c.callerScope());
        try {
            HostedInvocation.insideTry(interp, () -> interp.invokeScriptBlock(block, null, List.of(), false, null));
            return null;
        } catch (ExecutionContext.ScriptStoppedException | ItResultSignal | ControlFlow.Exit passThrough) {
            throw passThrough;
        } catch (ControlFlow endOfBlock) {
            return null;
        } catch (RuntimeException e) {
            return HostedInvocation.errorRecordOf(interp, e);
        } finally {
            interp.setScope(saved);
        }
    }

    private static boolean containsIgnoreCase(String actual, String expected) {
        return actual != null && actual.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
    }

    private static String joinAnd(List<String> items, int threshold) {
        if (items.size() < threshold) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String lineInfo(InvocationInfo at) {
        return at.scriptName().isEmpty() ? "" : "from " + at.scriptName() + ":" + at.scriptLineNumber() + " char:" + at.offsetInLine();
    }
}
