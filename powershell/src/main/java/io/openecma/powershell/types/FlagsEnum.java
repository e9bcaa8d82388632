package io.openecma.powershell.types;

/** A Java enum standing for a .NET [Flags] enum: each constant carries its .NET bit value. */
public interface FlagsEnum {
    long bits();
}
