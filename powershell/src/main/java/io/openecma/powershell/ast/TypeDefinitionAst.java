package io.openecma.powershell.ast;

import java.util.List;

/** A script-defined type: {@code class Name : Base, IFace { members }} or {@code enum Name : type { A; B = 2 }}. */
public sealed interface TypeDefinitionAst {

    String name();

    List<AttributeNode> attributes();

    Position position();

    /** A class; {@code bases} holds the base class (if any) first, then interfaces, as written. */
    record ClassDef(String name, List<AttributeNode> attributes, List<TypeName> bases, List<PropertyDef> properties,
                    List<MethodDef> methods, Position position) implements TypeDefinitionAst {
        public ClassDef {
            attributes = List.copyOf(attributes);
            bases = List.copyOf(bases);
            properties = List.copyOf(properties);
            methods = List.copyOf(methods);
        }
    }

    /** An enum; {@code underlying} is null for int. */
    record EnumDef(String name, List<AttributeNode> attributes, TypeName underlying, List<EnumMember> members,
                   Position position) implements TypeDefinitionAst {
        public EnumDef {
            attributes = List.copyOf(attributes);
            members = List.copyOf(members);
        }
    }

    /** A property; {@code type} is null when untyped (object); {@code initializer} may be null. */
    record PropertyDef(String name, TypeName type, List<AttributeNode> attributes, boolean isStatic, boolean hidden,
                       Expression initializer, Position position) {
        public PropertyDef {
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * A method or constructor. {@code returnType} is null when none is written (void); a
     * constructor has {@code constructor} set and {@code baseArguments} non-null when it chains
     * with {@code : base(...)}.
     */
    record MethodDef(String name, TypeName returnType, List<Parameter> parameters, Block body, boolean isStatic,
                     boolean hidden, boolean constructor, List<Expression> baseArguments, List<AttributeNode> attributes,
                     Position position, Position memberStart) {
        public MethodDef {
            parameters = List.copyOf(parameters);
            attributes = List.copyOf(attributes);
        }

        /** {@code memberStart}: where the member's extent begins (its first attribute, type or qualifier). */
        public MethodDef(String name, TypeName returnType, List<Parameter> parameters, Block body, boolean isStatic,
                         boolean hidden, boolean constructor, List<Expression> baseArguments, List<AttributeNode> attributes,
                         Position position) {
            this(name, returnType, parameters, body, isStatic, hidden, constructor, baseArguments, attributes, position,
                    position);
        }
    }

    /** An enumerator with its optional value expression. */
    record EnumMember(String name, Expression value, Position position) {
    }
}
