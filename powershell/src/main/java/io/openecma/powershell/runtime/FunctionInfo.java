package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.ScriptBlockBody;

import java.util.List;

/**
 * A defined function or filter; {@code module} is the module whose scope it runs under (null for none).
 * {@code optionBits} are its ScopedItemOptions (Set-Item Function:x -Options); {@code scriptBlock} is the
 * script block it was made from through the Function: drive (its ScriptBlock property is that very
 * object, as in FunctionInfo.cs), or null for a {@code function} statement.
 */
public record FunctionInfo(String name, boolean filter, List<Parameter> parameters, ScriptBlockBody body, ModuleInfo module,
        long optionBits, ScriptBlock scriptBlock) {

    public FunctionInfo(String name, boolean filter, List<Parameter> parameters, ScriptBlockBody body, ModuleInfo module) {
        this(name, filter, parameters, body, module, 0L, null);
    }

    public String getName() {
        return name;
    }

    public String getCommandType() {
        return filter ? "Filter" : "Function";
    }

    public boolean has(ScopedItemOptions option) {
        return (optionBits & option.bits()) != 0;
    }

    public FunctionInfo withOptions(long bits) {
        return new FunctionInfo(name, filter, parameters, body, module, bits, scriptBlock);
    }

    public FunctionInfo renamed(String newName) {
        return new FunctionInfo(newName, filter, parameters, body, module, optionBits, scriptBlock);
    }
}
