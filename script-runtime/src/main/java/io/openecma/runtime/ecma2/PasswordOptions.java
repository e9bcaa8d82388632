package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.PasswordOption;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Microsoft.MetadirectoryServices.PasswordOptions, a [Flags] enum in .NET: {@code HasFlag},
 * {@code value__} for {@code -band}, and the "A, B" / "None" rendering.
 */
public final class PasswordOptions {

    private final EnumSet<PasswordOption> flags;

    public PasswordOptions(Set<PasswordOption> flags) {
        this.flags = flags == null || flags.isEmpty() ? EnumSet.noneOf(PasswordOption.class) : EnumSet.copyOf(flags);
    }

    /** The [Flags] enum's text form, "None" or e.g. "UnlockAccount, ValidatePassword" ({@code [PasswordOptions]'...'}). */
    public static PasswordOptions Parse(String text) {
        EnumSet<PasswordOption> flags = EnumSet.noneOf(PasswordOption.class);
        for (String name : text.split("\\s*,\\s*")) {
            String n = name.trim();
            if (n.isEmpty() || n.equalsIgnoreCase("None")) {
                continue;
            }
            PasswordOption flag = java.util.Arrays.stream(PasswordOption.values()).filter(f -> f.name().equalsIgnoreCase(n))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + n + "' is not a PasswordOptions flag."));
            flags.add(flag);
        }
        return new PasswordOptions(flags);
    }

    public boolean HasFlag(String flag) {
        return flag.equalsIgnoreCase("None") ? flags.isEmpty()
                : flags.stream().anyMatch(f -> f.name().equalsIgnoreCase(flag));
    }

    /** The numeric value (UnlockAccount 1, ForceChangeAtLogOn 2, ValidatePassword 4). */
    public int getValue__() {
        int value = 0;
        for (PasswordOption f : flags) {
            value |= 1 << f.ordinal();
        }
        return value;
    }

    public Set<PasswordOption> flags() {
        return EnumSet.copyOf(flags.isEmpty() ? EnumSet.noneOf(PasswordOption.class) : flags);
    }

    @Override
    public String toString() {
        return flags.isEmpty() ? "None" : flags.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
