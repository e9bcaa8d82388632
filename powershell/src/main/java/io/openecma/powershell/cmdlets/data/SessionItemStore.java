package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import java.util.List;

/**
 * The items of a drive whose contents live in the session (Alias:, Function:), as PowerShell's
 * SessionStateProviderBase sees them: a flat table of named items, read and changed through the
 * item cmdlets. Errors are written to the context as the 5.1 providers raise them.
 */
interface SessionItemStore {

    /** The drive name ("Alias"), also the provider name. */
    String drive();

    /** Every item visible from the caller, sorted by name. */
    List<Object> items(CommandContext ctx);

    String nameOf(Object item);

    /** The visible item of that name, or null. */
    Object find(CommandContext ctx, String name);

    /**
     * Set-Item / New-Item: creates or changes {@code name}; {@code options} is the -Options argument or
     * null. Returns the item made, or null after writing an error (or when the item was removed).
     */
    Object set(CommandContext ctx, String name, Object value, Object options, boolean force, String command);

    /** Remove-Item of an existing item; writes the error and returns false when it may not be removed. */
    boolean remove(CommandContext ctx, Object item, boolean force, String command);

    /** Rename-Item of an existing item; returns the renamed item, or null after writing an error. */
    Object rename(CommandContext ctx, Object item, String newName, boolean force, String command);
}
