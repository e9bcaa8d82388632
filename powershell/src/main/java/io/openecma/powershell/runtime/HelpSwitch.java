package io.openecma.powershell.runtime;

import java.util.List;

/**
 * {@code command -?}: a function or cmdlet called with the lone {@code -?} switch shows its help
 * instead of running (CommandProcessor: "-?" asks the help system for the command), unless it
 * declares a parameter named "?".
 */
final class HelpSwitch {
    private HelpSwitch() {
    }

    static boolean asked(FunctionInfo f, String invokedName, List<CommandInvoker.Argument> args, List<ParameterInfo> params) {
        if (args.size() != 1 || !"?".equals(args.get(0).name()) || invokedName == null
                || !invokedName.equalsIgnoreCase(f.name())) {
            return false;
        }
        return params.stream().noneMatch(p -> p.name().equals("?"));
    }

    /** A cmdlet called with the lone {@code -?} (no cmdlet of the engine declares a "?" parameter). */
    static boolean asked(CmdletDefinition d, List<CommandInvoker.Argument> args) {
        return args.size() == 1 && "?".equals(args.get(0).name())
                && d.parameters().stream().noneMatch(p -> p.name().equals("?"));
    }
}
