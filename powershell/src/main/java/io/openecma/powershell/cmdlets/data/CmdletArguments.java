package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads bound parameters in the shapes these cmdlets need, whatever the binder handed over. */
final class CmdletArguments {
    private CmdletArguments() {
    }

    /** A parameter as a list of strings (a string[] parameter, a single string, or nothing). */
    static List<String> strings(CommandContext ctx, String name) {
        List<String> out = new ArrayList<>();
        Object v = ctx.parameter(name);
        if (v == null) {
            return out;
        }
        for (Object item : LanguagePrimitives.toList(v)) {
            out.add(item == null ? null : LanguagePrimitives.toStringValue(item));
        }
        return out;
    }

    static String string(CommandContext ctx, String name) {
        Object v = LanguagePrimitives.base(ctx.parameter(name));
        return v == null ? null : LanguagePrimitives.toStringValue(v);
    }

    static Integer integer(CommandContext ctx, String name) {
        Object v = LanguagePrimitives.base(ctx.parameter(name));
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        return Integer.valueOf(LanguagePrimitives.toStringValue(v).trim());
    }

    /** A single character parameter such as -Delimiter. */
    static Character character(CommandContext ctx, String name) {
        Object v = LanguagePrimitives.base(ctx.parameter(name));
        if (v == null) {
            return null;
        }
        if (v instanceof Character c) {
            return c;
        }
        String s = LanguagePrimitives.toStringValue(v);
        if (s.length() != 1) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Cannot process argument transformation on parameter '" + name + "'. Cannot convert value \""
                            + s + "\" to type \"System.Char\". Error: \"String must be exactly one character long.\"",
                    "ParameterArgumentTransformationError", "InvalidData");
        }
        return s.charAt(0);
    }

    /** A DateTime parameter; a string is read with the invariant culture, like a [datetime] cast. */
    static DotNetDateTime dateTime(CommandContext ctx, String name, ZoneId zone) {
        Object v = LanguagePrimitives.base(ctx.parameter(name));
        if (v == null) {
            return null;
        }
        if (v instanceof DotNetDateTime dt) {
            return dt;
        }
        return DateTimeFormat.parse(LanguagePrimitives.toStringValue(v), DotNetCulture.INVARIANT, zone);
    }

    /** The -Encoding parameter, or {@code fallback} when it is not given. */
    static FileEncodings encoding(CommandContext ctx, FileEncodings fallback) {
        try {
            return FileEncodings.named(string(ctx, "Encoding"), fallback);
        } catch (IllegalArgumentException e) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingException", e.getMessage(),
                    "CannotConvertArgumentNoMessage," + ctx.commandName(), "InvalidArgument");
        }
    }

    /** The host's zone for Local DateTime values. */
    static ZoneId localZone() {
        return ZoneId.systemDefault();
    }
}
