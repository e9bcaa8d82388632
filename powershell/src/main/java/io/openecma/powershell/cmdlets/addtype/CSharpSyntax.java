package io.openecma.powershell.cmdlets.addtype;

import java.util.List;

/** The declarations of the C# subset, as the declaration parser reads them (bodies stay token ranges). */
final class CSharpSyntax {

    private CSharpSyntax() {
    }

    /** Tokens [start, end) of the source: a body or expression translated once all declarations are known. */
    record Range(int start, int end) {
    }

    /** A written type: {@code System.Text.StringBuilder}, {@code List<int>}, {@code int[]}, {@code int?}. */
    record TypeRef(String name, List<TypeRef> arguments, int arrayRank, boolean nullable, CSharpToken at) {
    }

    record Modifiers(boolean isPublic, boolean isStatic, boolean isConst) {
    }

    record Param(String name, TypeRef type, CSharpToken at) {
    }

    enum Kind { CLASS, STRUCT, ENUM }

    record TypeDecl(Kind kind, String name, String namespace, List<TypeRef> bases, List<Member> members, boolean flags,
                    CSharpToken at) {
        String fullName() {
            return namespace.isEmpty() ? name : namespace + "." + name;
        }
    }

    sealed interface Member permits Field, Property, Method, Constructor, EnumMember {
        CSharpToken at();
    }

    record Field(String name, TypeRef type, Modifiers modifiers, Range initializer, CSharpToken at) implements Member {
    }

    /** An accessor: {@code body} null for an auto-accessor ({@code get;}); {@code expression} for {@code get => x;}. */
    record Accessor(Range body, boolean expression, CSharpToken at) {
    }

    record Property(String name, TypeRef type, Modifiers modifiers, Accessor getter, Accessor setter, Range initializer,
                    CSharpToken at) implements Member {
    }

    record Method(String name, TypeRef returnType, List<Param> parameters, Modifiers modifiers, Range body,
                  boolean expression, CSharpToken at) implements Member {
    }

    /** {@code chain} is "this", "base" or null; {@code chainArguments} the tokens inside its parentheses. */
    record Constructor(List<Param> parameters, Modifiers modifiers, String chain, Range chainArguments, Range body,
                       CSharpToken at) implements Member {
    }

    record EnumMember(String name, Range value, CSharpToken at) implements Member {
    }
}
