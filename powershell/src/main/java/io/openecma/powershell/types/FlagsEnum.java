package io.openecma.powershell.types;

/** A Java enum standing for a .NET [Flags] enum: each constant carries its .NET bit value. */
public interface FlagsEnum extends DotNetEnum {
    long bits();

    @Override
    default long value() {
        return bits();
    }
}
