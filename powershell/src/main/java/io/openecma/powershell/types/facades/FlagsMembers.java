package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.FlagsEnum;
import io.openecma.powershell.types.FlagsValue;

/** Members of [Flags] enum constants. */
public final class FlagsMembers {
    private FlagsMembers() {
    }

    @SuppressWarnings("unchecked")
    public static boolean HasFlag(FlagsEnum self, Object flag) {
        return new FlagsValue((Class<? extends Enum<?>>) ((Enum<?>) self).getDeclaringClass(), self.bits()).HasFlag(flag);
    }

    public static long getValue__(FlagsEnum self) {
        return self.bits();
    }
}
