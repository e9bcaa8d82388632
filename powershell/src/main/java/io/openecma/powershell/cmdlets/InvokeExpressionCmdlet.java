package io.openecma.powershell.cmdlets;

import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.List;

/**
 * Invoke-Expression: parses its string and runs it in the caller's scope (as a dot-sourced
 * block: variables it sets stay). As in 5.1 (CommandProcessorBase wraps what escapes a cmdlet),
 * an error that leaves the expression names the cmdlet, so its FullyQualifiedErrorId is
 * "Id,Microsoft.PowerShell.Commands.InvokeExpressionCommand"; a script's own {@code throw} is not
 * rewrapped.
 */
public final class InvokeExpressionCmdlet {

    static final String TYPE_NAME = "Microsoft.PowerShell.Commands.InvokeExpressionCommand";

    private InvokeExpressionCmdlet() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Invoke-Expression", () -> InvokeExpressionCmdlet::run,
                ParameterSpec.positional("Command", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE))
                .withAliases("iex"));
    }

    private static void run(CommandContext c) {
        String text = LanguagePrimitives.toStringValue(c.parameter("Command"));
        Interpreter interp = ((CommandContextImpl) c).interpreter();
        Scope caller = ((CommandContextImpl) c).callerScope();
        Scope saved = interp.scope();
        interp.setScope(caller);
        try {
            ScriptBlockBody body = Parser.parseScript("", text);
            ScriptBlock block = new ScriptBlock(body, caller.module());
            for (Object item : interp.invokeScriptBlock(block, interp.getVariableOrNull("_"), List.of(), true, null)) {
                c.writeEnumerated(item);
            }
        } catch (ParseException e) {
            // ParserException.cs: a ParseException's ErrorId is its first error's.
            throw new PSRuntimeException("System.Management.Automation.ParseException", e.getMessage())
                    .withError(e.errors().get(0).errorId(), "ParserError", null).forCommand("Invoke-Expression", TYPE_NAME);
        } catch (PSRuntimeException e) {
            if (!e.thrown() && e.errorRecord() == null && e.commandName() == null) {
                e.forCommand("Invoke-Expression", TYPE_NAME);
            }
            throw e;
        } finally {
            interp.setScope(saved);
        }
    }
}
