package io.openecma.powershell.runtime;

/**
 * ShouldProcess under -WhatIf ($WhatIfPreference, which -WhatIf sets in the command's scope): the action is
 * not done and the host is told "What if: Performing the operation ... on target ...". The message goes to
 * the host only, not to a stream, as MshCommandRuntime.DoShouldProcess writes it with Host.UI.WriteLine.
 */
public final class WhatIf {
    private WhatIf() {
    }

    /** A cmdlet's check before changing {@code target}: true when it must skip the change. */
    public static boolean skips(CommandContext ctx, String action, String target) {
        if (!(ctx instanceof CommandContextImpl impl) || !active(impl.commandScope())) {
            return false;
        }
        tell(impl.interpreter().context(), action, target);
        return true;
    }

    static boolean active(Scope scope) {
        PSVariable v = scope.find("WhatIfPreference");
        return v != null && LanguagePrimitives.isTrue(v.value());
    }

    static void tell(ExecutionContext context, String action, Object target) {
        // target is text: a java.nio Path would enumerate as its own segments
        context.hostOnly("What if: Performing the operation \"" + action + "\" on target \""
                + LanguagePrimitives.toStringValue(target) + "\".");
    }
}
