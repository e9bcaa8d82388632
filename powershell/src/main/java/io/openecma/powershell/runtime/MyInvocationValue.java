package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Position;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * A function call's {@code $MyInvocation}, built only when the function reads it: most functions
 * never do, and building it (two objects with eight note properties) on every call was a good
 * share of a call's cost. Everything it shows is taken at the call; the call site's position is
 * an immutable record, the bound parameters are the call's own (live) table.
 */
final class MyInvocationValue implements Supplier<Object> {
    private final String functionName;
    private final String invokedName;
    private final PSHashtable bound;
    private final Position callSite;

    MyInvocationValue(FunctionInfo f, String invokedName, PSHashtable bound, Position callSite) {
        this.functionName = f.name();
        this.invokedName = invokedName;
        this.bound = bound;
        this.callSite = callSite;
    }

    @Override
    public Object get() {
        PSObject command = new PSObject();
        command.setProperty("Name", functionName.contains("/") || functionName.contains("\\")
                ? java.nio.file.Path.of(functionName).getFileName().toString() : functionName);
        command.setProperty("CommandType", functionName.toLowerCase(Locale.ROOT).endsWith(".ps1") ? "ExternalScript" : "Function");
        PSObject invocation = new PSObject();
        invocation.setProperty("MyCommand", command);
        invocation.setProperty("InvocationName", invokedName);
        invocation.setProperty("BoundParameters", bound);
        invocation.setProperty("ScriptName", callSite.file());
        // The call site: InvocationInfo.ScriptLineNumber / OffsetInLine (1-based).
        invocation.setProperty("ScriptLineNumber", callSite.line());
        invocation.setProperty("OffsetInLine", callSite.column());
        // InvocationInfo.Line: the whole source line of the call site.
        invocation.setProperty("Line", io.openecma.powershell.parser.SourceLines.line(callSite.file(), callSite.line()));
        return invocation;
    }
}
