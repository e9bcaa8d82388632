package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.ScriptBlockBody;

import java.util.List;

/** A defined function or filter; {@code module} is the module whose scope it runs under (null for none). */
public record FunctionInfo(String name, boolean filter, List<Parameter> parameters, ScriptBlockBody body, ModuleInfo module) {

    public String getName() {
        return name;
    }

    public String getCommandType() {
        return filter ? "Filter" : "Function";
    }
}
