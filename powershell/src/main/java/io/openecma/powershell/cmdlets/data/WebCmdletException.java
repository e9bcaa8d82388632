package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;

/**
 * The System.Net.WebException Invoke-RestMethod / Invoke-WebRequest throw: {@code Status} as .NET's
 * WebExceptionStatus name (ProtocolError, Timeout, ConnectFailure, ...) and, for an HTTP error
 * reply, {@code Response} with StatusCode, StatusDescription, Headers and the reply body as Content.
 */
public final class WebCmdletException extends PSRuntimeException {
    private final String status;
    private final transient PSObject response;

    WebCmdletException(String message, String status, PSObject response) {
        super("System.Net.WebException", message);
        this.status = status;
        this.response = response;
    }

    public String getStatus() {
        return status;
    }

    /** The HTTP reply, or null when none arrived. */
    public PSObject getResponse() {
        return response;
    }
}
