package io.openecma.powershell.types.language.ast;

/** ITypeName of an attribute or type literal as written ({@code TypeName.FullName}, {@code Name}). */
public final class AstTypeName {

    private final String fullName;

    AstTypeName(String fullName) {
        this.fullName = fullName;
    }

    public String getFullName() {
        return fullName;
    }

    public String getName() {
        return fullName;
    }

    @Override
    public String toString() {
        return fullName;
    }
}
