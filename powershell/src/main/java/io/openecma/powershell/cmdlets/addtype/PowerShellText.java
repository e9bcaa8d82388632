package io.openecma.powershell.cmdlets.addtype;

import java.util.Set;

/** How C# names and literals are written in the generated PowerShell. */
final class PowerShellText {

    /** Automatic variables a C# local or parameter must not shadow in PowerShell. */
    private static final Set<String> RESERVED = Set.of("args", "input", "this", "_", "true", "false", "null", "error", "host",
            "home", "pid", "pwd", "matches", "foreach", "switch", "psitem", "myinvocation", "psboundparameters", "lastexitcode",
            "ofs", "executioncontext", "shellid", "pscmdlet", "event", "sender", "eventargs", "psscriptroot", "pscommandpath",
            "profile", "nestedpromptlevel", "stacktrace", "psculture", "psuiculture", "pshome", "psversiontable", "eventsubscriber",
            "psdebugcontext", "consolefilename");

    private PowerShellText() {
    }

    static String variable(String csName) {
        String folded = csName.toLowerCase(java.util.Locale.ROOT);
        return RESERVED.contains(folded) ? "$cs_" + csName : "$" + csName;
    }

    /** A string literal: single-quoted when it has no control characters, else double-quoted with backtick escapes. */
    static String string(String value) {
        boolean plain = value.chars().noneMatch(ch -> ch < 0x20);
        if (plain) {
            return "'" + value.replace("'", "''").replace("\u2018", "\u2018\u2018").replace("\u2019", "\u2019\u2019") + "'";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '\n' -> sb.append("`n");
                case '\r' -> sb.append("`r");
                case '\t' -> sb.append("`t");
                case '\0' -> sb.append("`0");
                case '\u0007' -> sb.append("`a");
                case '\b' -> sb.append("`b");
                case '\f' -> sb.append("`f");
                case '\u000b' -> sb.append("`v");
                case '`', '$', '"' -> sb.append('`').append(ch);
                default -> {
                    if (ch < 0x20) {
                        sb.append("$([char]").append((int) ch).append(')');
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A numeric literal with C#'s suffixes turned into PowerShell's (or a cast). */
    static String number(CSharpToken t) {
        String s = t.text();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean hex = lower.startsWith("0x");
        if (lower.startsWith("0b")) {
            return String.valueOf(Long.parseLong(s.substring(2), 2));
        }
        if (!hex && (lower.endsWith("f"))) {
            return "([single]" + s.substring(0, s.length() - 1) + ")";
        }
        if (!hex && lower.endsWith("d")) {
            return "([double]" + s.substring(0, s.length() - 1) + ")";
        }
        if (lower.endsWith("m")) {
            return s.substring(0, s.length() - 1) + "d";
        }
        if (lower.endsWith("ul") || lower.endsWith("lu")) {
            return "([uint64]" + s.substring(0, s.length() - 2) + ")";
        }
        if (lower.endsWith("u")) {
            return "([uint32]" + s.substring(0, s.length() - 1) + ")";
        }
        if (lower.endsWith("l")) {
            return s.substring(0, s.length() - 1) + "L";
        }
        return s;
    }
}
