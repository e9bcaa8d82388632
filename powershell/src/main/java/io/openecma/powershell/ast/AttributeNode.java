package io.openecma.powershell.ast;

import java.util.List;
import java.util.Map;

/**
 * {@code [Name(positional, Named = value)]} or a bare type constraint {@code [string]}
 * ({@code typeConstraint} true). A named argument without value ({@code Mandatory}) maps to null.
 */
public record AttributeNode(TypeName typeName, boolean typeConstraint, List<Expression> positional,
                            Map<String, Expression> named, Position position) {
}
