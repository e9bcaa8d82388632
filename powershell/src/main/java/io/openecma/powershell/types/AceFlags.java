package io.openecma.powershell.types;

/** System.Security.AccessControl.AceFlags ([Flags], underlying byte). */
public enum AceFlags implements FlagsEnum {
    None(0), ObjectInherit(1), ContainerInherit(2), NoPropagateInherit(4), InheritOnly(8), InheritanceFlags(15),
    Inherited(16), SuccessfulAccess(64), FailedAccess(128), AuditFlags(192);

    private final long bits;

    AceFlags(long bits) {
        this.bits = bits;
    }

    @Override
    public long bits() {
        return bits;
    }
}
