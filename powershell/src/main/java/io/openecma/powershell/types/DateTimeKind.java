package io.openecma.powershell.types;

import io.openecma.powershell.dotnet.DotNetDateTime;

/** System.DateTimeKind; the ordinals are .NET's values (Unspecified 0, Utc 1, Local 2). */
public enum DateTimeKind {
    Unspecified, Utc, Local;

    /** The engine's own kind of a DateTime value. */
    public DotNetDateTime.Kind kind() {
        return switch (this) {
            case Unspecified -> DotNetDateTime.Kind.UNSPECIFIED;
            case Utc -> DotNetDateTime.Kind.UTC;
            case Local -> DotNetDateTime.Kind.LOCAL;
        };
    }
}
