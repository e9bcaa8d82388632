package io.openecma.powershell.types;

/** System.Reflection.MemberTypes ([Flags]): the kinds of a type's members. */
public enum MemberTypes implements FlagsEnum {
    Constructor(1), Event(2), Field(4), Method(8), Property(16), TypeInfo(32), Custom(64), NestedType(128), All(191);

    private final long bits;

    MemberTypes(long bits) {
        this.bits = bits;
    }

    @Override
    public long bits() {
        return bits;
    }
}
