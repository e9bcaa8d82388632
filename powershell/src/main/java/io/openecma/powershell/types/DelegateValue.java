package io.openecma.powershell.types;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ScriptBlock;

/**
 * A script block converted to a delegate type ({@code [Action]{...}}, {@code {...} -as [Func[int]]}):
 * invoking it runs the block with the arguments as {@code $args} and converts the output to the
 * delegate's return type (none for an Action), as PowerShell's script-block delegates do.
 */
public final class DelegateValue {
    private final PSType type;
    private final PSType returnType;
    private final ScriptBlock block;

    DelegateValue(PSType type, PSType returnType, ScriptBlock block) {
        this.type = type;
        this.returnType = returnType;
        this.block = block;
    }

    public PSType delegateType() {
        return type;
    }

    /** The delegate's Invoke method: one argument per parameter of the delegate type. */
    public Object Invoke(Object... args) {
        Object result = ExecutionContext.current().invokeScriptBlock(block, args);
        // An Action's Invoke is void: nothing reaches the pipeline.
        return returnType == null ? io.openecma.powershell.runtime.AutomationNull.VALUE : returnType.convert(result);
    }

    /** Delegate.DynamicInvoke(params object[]): an array argument is the argument list. */
    public Object DynamicInvoke(Object... args) {
        Object[] actual = args;
        if (args.length == 1 && LanguagePrimitives.unwrapNull(args[0]) instanceof Object[] spread) {
            actual = spread;
        } else if (args.length == 1 && LanguagePrimitives.unwrapNull(args[0]) instanceof java.util.List<?> list) {
            actual = list.toArray();
        }
        Object result = Invoke(actual);
        return result == io.openecma.powershell.runtime.AutomationNull.VALUE ? null : result;
    }

    public ScriptBlock getTarget() {
        return block;
    }

    @Override
    public String toString() {
        return type.fullName();
    }
}
