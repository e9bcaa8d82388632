package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeDefinitionAst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks 5.1 makes on the attributes of a class, its members and its methods' parameters
 * (SemanticChecks.cs VisitAttribute, ConstantValues.cs IsConstantValueVisitor with
 * CheckingClassAttributeArguments): every argument must be a constant, and no script block, since
 * an attribute in .NET metadata cannot hold one ({@code ParameterAttributeArgumentNeedsToBeConstant});
 * a named argument of a known attribute class must name one of its settable properties
 * ({@code PropertyNotFoundForAttribute}, {@code ReadOnlyProperty}, ExtendedTypeSystem.resx).
 */
final class ClassAttributeChecks {

    /** An attribute class's settable properties (in declared order) and its read-only ones. */
    private record Props(List<String> settable, Set<String> readOnly) {
    }

    private static final Map<String, Props> KNOWN = Map.of(
            // CmdletAttribute: VerbName/NounName are get-only; the rest is CmdletCommonMetadataAttribute's.
            "system.management.automation.cmdlet", new Props(List.of("DefaultParameterSetName", "SupportsShouldProcess",
                    "SupportsPaging", "SupportsTransactions", "ConfirmImpact", "HelpUri", "RemotingCapability"),
                    Set.of("verbname", "nounname", "typeid")),
            "validateset", new Props(List.of("IgnoreCase"), Set.of("validvalues", "typeid")),
            "system.management.automation.validateset", new Props(List.of("IgnoreCase"), Set.of("validvalues", "typeid")),
            "obsolete", new Props(List.of(), Set.of("message", "iserror", "typeid")),
            "system.obsolete", new Props(List.of(), Set.of("message", "iserror", "typeid")));

    private final Parser p;
    private final List<ParseException> out = new ArrayList<>();

    ClassAttributeChecks(Parser p) {
        this.p = p;
    }

    /** The errors of a class's or enum's attributes, in written order. */
    List<ParseException> check(TypeDefinitionAst def) {
        def.attributes().forEach(this::check);
        if (def instanceof TypeDefinitionAst.ClassDef c) {
            for (TypeDefinitionAst.PropertyDef prop : c.properties()) {
                prop.attributes().forEach(this::check);
            }
            for (TypeDefinitionAst.MethodDef m : c.methods()) {
                m.attributes().forEach(this::check);
                for (Parameter param : m.parameters()) {
                    param.attributes().forEach(this::check);
                }
            }
        }
        return out;
    }

    private void check(AttributeNode a) {
        if (a.typeConstraint()) {
            return;
        }
        String name = a.typeName().name().toLowerCase(Locale.ROOT);
        Props props = KNOWN.get(name.endsWith("attribute") ? name.substring(0, name.length() - "attribute".length()) : name);
        for (Map.Entry<String, Expression> named : a.named().entrySet()) {
            int at = p.attributeSites.namedStart(a, named.getKey());
            if (props != null && at >= 0) {
                String key = named.getKey();
                if (props.readOnly().contains(key.toLowerCase(Locale.ROOT))) {
                    out.add(error("ReadOnlyProperty", "\"" + key + "\" is a ReadOnly property.", at, key.length()));
                    continue;
                }
                if (props.settable().stream().noneMatch(s -> s.equalsIgnoreCase(key))) {
                    out.add(error("PropertyNotFoundForAttribute", "Property '" + key + "' cannot be found for attribute '"
                            + a.typeName() + "'. Specify one of the following properties: " + String.join(", ", props.settable())
                            + ".", at, key.length()));
                    continue;
                }
            }
            if (named.getValue() != null && !isConstant(named.getValue())) {
                out.add(notConstant(named.getValue()));
            }
        }
        for (Expression e : a.positional()) {
            if (!isConstant(e)) {
                out.add(notConstant(e));
            }
        }
    }

    private ParseException error(String id, String message, int at, int length) {
        return new ParseException(id, message, p.lexer.positionAt(at), at, at + length, false, false);
    }

    private static ParseException notConstant(Expression e) {
        return new ParseException("ParameterAttributeArgumentNeedsToBeConstant", "Attribute argument must be a constant.",
                e.position(), -1, false);
    }

    /** IsConstantValueVisitor for class attribute arguments: literals, constant variables, folded operators, no script blocks. */
    static boolean isConstant(Expression e) {
        if (e instanceof Expression.Constant || e instanceof Expression.StringConstant || e instanceof Expression.TypeLiteral) {
            return true;
        }
        if (e instanceof Expression.ExpandableString s) {
            return s.parts().stream().allMatch(part -> part instanceof String); // "text" with nothing to expand
        }
        if (e instanceof Expression.Variable v) {
            String n = v.name().toLowerCase(Locale.ROOT);
            return v.scope().isEmpty() && (n.equals("true") || n.equals("false") || n.equals("null"));
        }
        if (e instanceof Expression.ArrayLiteral a) {
            return a.elements().stream().allMatch(ClassAttributeChecks::isConstant);
        }
        if (e instanceof Expression.Unary u) {
            return !u.operator().equals("++") && !u.operator().equals("--") && isConstant(u.operand());
        }
        if (e instanceof Expression.Binary b) {
            return isConstant(b.left()) && isConstant(b.right());
        }
        if (e instanceof Expression.Convert c) {
            return isConstant(c.operand());
        }
        if (e instanceof Expression.Member m) {
            // A static field of a type ([ConfirmImpact]::High); 5.1 also requires it to be a literal field.
            return m.isStatic() && m.target() instanceof Expression.TypeLiteral && m.member() instanceof Expression.StringConstant;
        }
        if (e instanceof Expression.Paren paren) {
            return paren.inner() instanceof Statement.Pipeline pl && pl.elements().size() == 1
                    && pl.elements().get(0) instanceof PipelineElement.ExpressionElement x && isConstant(x.expression());
        }
        return false;
    }
}
