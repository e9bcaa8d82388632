package io.openecma.powershell.runtime;

import java.util.List;
import java.util.Locale;

/**
 * ShouldProcess's confirmation step (MshCommandRuntime.CanShouldProcessAutoConfirm and InquireHelper).
 * A command may go ahead without asking when $ConfirmPreference is None or above the command's
 * ConfirmImpact; -Confirm sets the preference to Low in the command's scope, -Confirm:$false to None.
 * Otherwise the host is asked: the engine has no interactive host, so the prompt fails as 5.1's
 * non-interactive host does (InternalHostUserInterface.ThrowPromptNotInteractive): a HostException
 * "HostFunctionNotImplemented" that names the confirmation message.
 */
final class Confirmation {

    /** ConfirmImpact's values in order (System.Management.Automation.ConfirmImpact). */
    private static final List<String> LEVELS = List.of("none", "low", "medium", "high");

    private Confirmation() {
    }

    /** The preference -Confirm / -Confirm:$false gives the command's scope. */
    static String preferenceFor(boolean confirm) {
        return confirm ? "Low" : "None";
    }

    /** True when the action may go ahead without asking; throws what the non-interactive host throws otherwise. */
    static boolean autoConfirmedOrFail(Scope scope, String confirmImpact, String description) {
        PSVariable v = scope.find("ConfirmPreference");
        int threshold = level(v == null ? "High" : LanguagePrimitives.toStringValue(v.value()));
        int impact = level(confirmImpact == null ? "Medium" : confirmImpact);
        if (threshold == 0 || threshold > impact) {
            return true;
        }
        String message = "Are you sure you want to perform this action?\n" + description;
        throw new PSRuntimeException("System.Management.Automation.Host.HostException",
                "A command that prompts the user failed because the host program or the command type does not "
                        + "support user interaction. The host was attempting to request confirmation with the "
                        + "following message: " + message)
                .withError("HostFunctionNotImplemented", "NotImplemented", null);
    }

    private static int level(String name) {
        int i = LEVELS.indexOf(name.trim().toLowerCase(Locale.ROOT));
        return i < 0 ? LEVELS.indexOf("high") : i;
    }
}
