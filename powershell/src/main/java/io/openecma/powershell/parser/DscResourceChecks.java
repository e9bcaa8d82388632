package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.ast.TypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parse-time checks on a class marked {@code [DscResource()]} (SemanticChecks.cs,
 * DscResourceChecker): it needs {@code [void] Set()}, {@code [bool] Test()}, {@code [Self] Get()}
 * (all without parameters), a default constructor when it declares others, and a property marked
 * {@code [DscProperty(Key)]}. Messages are ParserStrings.resx's.
 *
 * <p>Not checked: members inherited from a script-defined base class (a class with base types is
 * not reported as missing members, so no false error is given), and the key property's type
 * (DscResourceInvalidKeyProperty, which needs type resolution the parser does not have).
 */
final class DscResourceChecks {

    private static final Set<String> DSC_RESOURCE = Set.of("dscresource", "dscresourceattribute",
            "microsoft.powershell.desiredstateconfiguration.dscresourceattribute");
    private static final Set<String> DSC_PROPERTY = Set.of("dscproperty", "dscpropertyattribute",
            "microsoft.powershell.desiredstateconfiguration.dscpropertyattribute");
    private static final Set<String> BOOL = Set.of("bool", "boolean", "system.boolean");
    private static final Set<String> VOID = Set.of("void", "system.void");

    private DscResourceChecks() {
    }

    /** The errors of one class (none when it is not a DSC resource), in SemanticChecks.cs's order. */
    static List<ParseException> check(TypeDefinitionAst.ClassDef c) {
        AttributeNode resource = c.attributes().stream()
                .filter(a -> !a.typeConstraint() && DSC_RESOURCE.contains(lower(a.typeName())))
                .findFirst().orElse(null);
        List<ParseException> errors = new ArrayList<>();
        if (resource == null) {
            return errors;
        }
        boolean hasSet = false;
        boolean hasGet = false;
        boolean hasTest = false;
        boolean hasDefaultCtor = false;
        boolean hasOtherCtor = false;
        for (TypeDefinitionAst.MethodDef m : c.methods()) {
            boolean noParameters = m.parameters().isEmpty();
            String name = m.name();
            hasSet |= name.equalsIgnoreCase("Set") && noParameters
                    && (m.returnType() == null || VOID.contains(lower(m.returnType())));
            hasTest |= name.equalsIgnoreCase("Test") && noParameters && m.returnType() != null
                    && BOOL.contains(lower(m.returnType()));
            if (!hasGet && name.equalsIgnoreCase("Get") && noParameters) {
                // The first parameterless Get counts as found; a wrong return type is its own error.
                hasGet = true;
                TypeName r = m.returnType();
                TypeName element = r != null && r.isArray() ? r.elementType() : r;
                if (element == null || element.isArray() || !element.name().equalsIgnoreCase(c.name())) {
                    errors.add(error("DscResourceInvalidGetMethod", "Invalid Get method. Get method must return ["
                            + c.name() + "] and accepts no parameters.", m.memberStart()));
                }
            }
            if (m.constructor() && !m.isStatic()) {
                if (noParameters) {
                    hasDefaultCtor = true;
                } else {
                    hasOtherCtor = true;
                }
            }
        }
        boolean hasKey = c.properties().stream().anyMatch(DscResourceChecks::isKey);
        if (!c.bases().isEmpty()) {
            // Members may come from a base class; PowerShell looks them up there, which is not done here.
            hasSet = hasGet = hasTest = hasKey = true;
        }
        String n = c.name();
        if (!hasSet) {
            errors.add(error("DscResourceMissingSetMethod", "The DSC resource '" + n
                    + "' is missing a Set method that returns [void] and accepts no parameters.", resource.position()));
        }
        if (!hasGet) {
            errors.add(error("DscResourceMissingGetMethod", "The DSC resource '" + n
                    + "' is missing a Get method that returns [" + n + "] and accepts no parameters.", resource.position()));
        }
        if (!hasTest) {
            errors.add(error("DscResourceMissingTestMethod", "The DSC resource '" + n
                    + "' is missing a Test method that returns [bool] and accepts no parameters.", resource.position()));
        }
        if (!hasDefaultCtor && hasOtherCtor) {
            errors.add(error("DscResourceMissingDefaultConstructor", "The DSC resource '" + n
                    + "' has no default constructor.", resource.position()));
        }
        if (!hasKey) {
            errors.add(error("DscResourceMissingKeyProperty", "The DSC resource '" + n
                    + "' must have at least one key property (using the syntax [DscProperty(Key)].)", resource.position()));
        }
        return errors;
    }

    /** {@code [DscProperty(Key)]} or {@code [DscProperty(Key = $true)]} (a constant that is true). */
    private static boolean isKey(TypeDefinitionAst.PropertyDef p) {
        for (AttributeNode a : p.attributes()) {
            if (a.typeConstraint() || !DSC_PROPERTY.contains(lower(a.typeName()))) {
                continue;
            }
            for (Map.Entry<String, Expression> named : a.named().entrySet()) {
                if (named.getKey().equalsIgnoreCase("Key") && isTrueConstant(named.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTrueConstant(Expression value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Expression.Variable v) {
            return v.scope() == null && v.name().equalsIgnoreCase("true");
        }
        if (value instanceof Expression.Constant k && k.value() instanceof Number num) {
            return num.doubleValue() != 0;
        }
        return false;
    }

    private static String lower(TypeName t) {
        return t.toString().toLowerCase(Locale.ROOT);
    }

    private static ParseException error(String errorId, String message, io.openecma.powershell.ast.Position at) {
        return new ParseException(errorId, message, at, -1, false);
    }
}
