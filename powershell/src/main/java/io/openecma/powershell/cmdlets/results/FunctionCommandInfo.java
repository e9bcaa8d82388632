package io.openecma.powershell.cmdlets.results;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.List;

/** System.Management.Automation.FunctionInfo (or FilterInfo) for a script function as Get-Command shows it. */
public final class FunctionCommandInfo extends CommandInfo {
    private final FunctionInfo function;

    public FunctionCommandInfo(FunctionInfo function) {
        super(function.name(), function.filter() ? "Filter" : "Function", function.module() == null ? "" : function.module().getName());
        this.function = function;
    }

    /** The function's body text, as 5.1's Definition is. */
    @Override
    public String getDefinition() {
        String text = function.body().text();
        return text == null ? "" : text;
    }

    public ScriptBlock getScriptBlock() {
        return function.scriptBlock() != null ? function.scriptBlock() : new ScriptBlock(function.body(), function.module());
    }

    /** ScopedItemOptions of the function ("None", "ReadOnly, AllScope"). */
    public Object getOptions() {
        return io.openecma.powershell.runtime.ScopedItemOptions.of(function.optionBits());
    }

    /** The engine's function record behind this view. */
    public FunctionInfo function() {
        return function;
    }

    public boolean getCmdletBinding() {
        return function.body().isAdvanced();
    }

    @Override
    public PSHashtable getParameters() {
        PSHashtable table = new PSHashtable(true);
        List<Parameter> parameters = new java.util.ArrayList<>(function.parameters());
        parameters.addAll(function.body().parameters());
        for (Parameter p : parameters) {
            String type = "System.Object";
            for (AttributeNode a : p.attributes()) {
                if (a.typeConstraint()) {
                    type = TypeNames.full(a.typeName().name());
                }
            }
            table.put(p.name(), new ParameterMetadata(p.name(), type, List.of()));
        }
        return table;
    }
}
