package io.openecma.powershell.types;

/** A Java enum standing for a .NET enum whose constants have their own numeric values. */
public interface DotNetEnum {
    long value();
}
