package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.PSType;

import java.util.List;

/**
 * {@code ([Base]$this).M()} (or {@code ([A]$d).M()} on any object of a script class) calls the
 * base class's M without virtual dispatch, as PowerShell compiles it; {@code ([object]$x).ToString()}
 * is Object's own ToString, the type's full name.
 */
public final class BaseCall {

    private BaseCall() {
    }

    /** The cast in a method call's target {@code ([T]expr).M()}, or null. */
    public static Expression.Convert baseCast(Expression.InvokeMember m) {
        if (m.isStatic() || !(m.target() instanceof Expression.Paren p) || !(p.inner() instanceof Statement.Pipeline pl)
                || pl.elements().size() != 1 || !(pl.elements().get(0) instanceof PipelineElement.ExpressionElement ee)
                || !(ee.expression() instanceof Expression.Convert c)) {
            return null;
        }
        return c;
    }

    /** Calls the named method starting at the base class; MISSING when the target is not a base call on a class instance. */
    public static Object invoke(Interpreter in, Expression.Convert cast, String name, List<Object> args) {
        PSType type = in.resolveType(cast.type());
        Object self = LanguagePrimitives.base(in.eval(cast.operand()));
        if (type.fullName().equals("System.Object") && name.equalsIgnoreCase("ToString") && args.isEmpty() && self != null) {
            // Object.ToString() called without virtual dispatch: the type's full name (Object.cs: GetType().ToString()).
            return self instanceof ClassInstance instance ? instance.scriptClass().type().fullName()
                    : io.openecma.powershell.types.TypeRegistry.typeNameOf(self);
        }
        if (!(type.scriptType() instanceof ScriptClass base) || !(self instanceof ClassInstance instance)
                || !instance.scriptClass().isSubclassOf(base) || base.findMethods(name, false).isEmpty()) {
            return io.openecma.powershell.types.Members.MISSING;
        }
        return base.invoke(instance, name, args, base);
    }
}
