package io.openecma.powershell.runtime;

/**
 * System.Management.Automation.ErrorCategory, in .NET's order so each ordinal is the enum's value
 * (ErrorPackage.cs: NotSpecified = 0 ... NotEnabled = 31).
 */
public enum ErrorCategory {
    NotSpecified, OpenError, CloseError, DeviceError, DeadlockDetected, InvalidArgument, InvalidData,
    InvalidOperation, InvalidResult, InvalidType, MetadataError, NotImplemented, NotInstalled, ObjectNotFound,
    OperationStopped, OperationTimeout, SyntaxError, ParserError, PermissionDenied, ResourceBusy, ResourceExists,
    ResourceUnavailable, ReadError, WriteError, FromStdErr, SecurityError, ProtocolError, ConnectionError,
    AuthenticationError, LimitsExceeded, QuotaExceeded, NotEnabled
}
