package io.openecma.powershell.cmdlets.results;

/** Microsoft.PowerShell.Commands.MemberDefinition: one line of Get-Member's output. */
public final class MemberDefinition {
    private final String typeName;
    private final String name;
    private final String memberType;
    private final String definition;

    public MemberDefinition(String typeName, String name, String memberType, String definition) {
        this.typeName = typeName;
        this.name = name;
        this.memberType = memberType;
        this.definition = definition;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getName() {
        return name;
    }

    public String getMemberType() {
        return memberType;
    }

    public String getDefinition() {
        return definition;
    }

    @Override
    public String toString() {
        return definition;
    }
}
