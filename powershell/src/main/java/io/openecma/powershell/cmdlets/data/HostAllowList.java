package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.host.NetworkAccess;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.net.URI;

/**
 * Asks the host's {@link NetworkAccess} before a web cmdlet connects (and again for the address a
 * redirect ended at): a refused host fails the call with an UnauthorizedAccessException, ErrorId
 * HostNotAllowed (openecma's own; Windows PowerShell has no such policy), category PermissionDenied,
 * target the address.
 */
final class HostAllowList {

    private HostAllowList() {
    }

    static void check(URI uri) {
        ExecutionContext context = ExecutionContext.currentOrNull();
        NetworkAccess access = context == null ? NetworkAccess.unrestricted() : context.options().network();
        access.refusal(uri).ifPresent(reason -> {
            throw new PSRuntimeException("System.UnauthorizedAccessException", reason)
                    .withError("HostNotAllowed", "PermissionDenied", uri.toString());
        });
    }
}
