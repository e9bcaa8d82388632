package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.TypeDefinitionAst.MethodDef;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.runtime.AutomationNull;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.types.PSType;

import java.util.ArrayList;
import java.util.List;

/** Picks a class method's overload for the arguments and runs its body with $this and its parameters. */
final class MethodCall {

    private MethodCall() {
    }

    /** CoreAdapter.cs: no overload takes that many arguments (ErrorId MethodCountCouldNotFindBest). */
    static PSRuntimeException noOverload(String name, int count) {
        return new PSRuntimeException("System.Management.Automation.MethodException",
                "Cannot find an overload for \"" + name + "\" and the argument count: \"" + count + "\".")
                .withError("MethodCountCouldNotFindBest", "NotSpecified", null);
    }

    /** The overload with the argument count whose parameters the arguments fit best (MethodCountCouldNotFindBest). */
    static MethodDef select(List<MethodDef> candidates, List<Object> args, String name, ScriptClass owner) {
        List<MethodDef> byCount = candidates.stream().filter(m -> m.parameters().size() == args.size()).toList();
        if (byCount.isEmpty()) {
            throw noOverload(name, args.size());
        }
        if (byCount.size() == 1) {
            return byCount.get(0);
        }
        MethodDef best = null;
        int bestCost = Integer.MAX_VALUE;
        for (MethodDef m : byCount) {
            ScriptClass declaring = owner.declaringClass(m);
            int cost = 0;
            for (int i = 0; i < args.size() && cost >= 0; i++) {
                int c = cost(parameterType(declaring, m.parameters().get(i)), args.get(i));
                cost = c < 0 ? -1 : cost + c;
            }
            if (cost >= 0 && cost < bestCost) {
                best = m;
                bestCost = cost;
            }
        }
        if (best == null) {
            throw noOverload(name, args.size());
        }
        return best;
    }

    private static int cost(PSType type, Object arg) {
        Object v = LanguagePrimitives.base(arg);
        if (type == null) {
            return 3;
        }
        if (v == null) {
            return 1;
        }
        if (type.isInstance(v)) {
            return 0;
        }
        if (v instanceof Number && type.javaClass() != null && Number.class.isAssignableFrom(type.javaClass())) {
            return 2;
        }
        try {
            type.convert(v);
            return 5;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static PSType parameterType(ScriptClass declaring, Parameter p) {
        TypeName t = p.attributes().stream().filter(a -> a.typeConstraint()).map(a -> a.typeName()).findFirst().orElse(null);
        return t == null ? null : TypeDefiner.resolve(declaring.scope(), t);
    }

    /** A scope below the class's defining scope holding $this and the converted arguments. */
    private static Scope callScope(ScriptClass declaring, MethodDef m, ClassInstance self, List<Object> args) {
        Scope s = new Scope(declaring.scope(), declaring.scope().module(), false);
        if (self != null) {
            s.set("this", self);
        }
        for (int i = 0; i < m.parameters().size(); i++) {
            Parameter p = m.parameters().get(i);
            Object v = i < args.size() ? LanguagePrimitives.unwrapNull(args.get(i)) : null;
            PSType t = parameterType(declaring, p);
            if (t != null && !t.isInstance(v)) { // a converter may copy (ArrayList): keep the caller's object
                try {
                    v = t.convert(v);
                } catch (PSRuntimeException e) {
                    throw new PSRuntimeException("System.Management.Automation.MethodException",
                            "Cannot convert argument \"" + p.name() + "\", with value: \"" + LanguagePrimitives.toStringValue(v)
                                    + "\", for \"" + m.name() + "\" to type \"" + t.fullName() + "\": \"" + e.getMessage() + "\"");
                }
            }
            s.set(p.name(), v);
        }
        return s;
    }

    /** Runs a method (or static constructor); the result converted to its return type, nothing for void. */
    static Object run(ScriptClass declaring, MethodDef m, ClassInstance self, List<Object> args) {
        Interpreter in = TypeDefiner.interpreter();
        Scope s = callScope(declaring, m, self, args);
        MethodOutput out = new MethodOutput();
        NonPublicMembers.running(declaring, () -> TypeDefiner.inScope(s, () -> {
            in.runMethodBody(m.body(), out);
            return null;
        }));
        TypeName r = m.returnType();
        if (r == null || r.toString().equalsIgnoreCase("void") || r.toString().equalsIgnoreCase("System.Void")) {
            return AutomationNull.VALUE;
        }
        Object value = LanguagePrimitives.unwrapNull(out.returnValue());
        PSType type = TypeDefiner.resolve(declaring.scope(), r);
        return type.convert(value);
    }

    /** A constructor: its base constructor first (with the : base(...) arguments), then its own body. */
    static void runConstructor(ScriptClass declaring, MethodDef ctor, ClassInstance self, List<Object> args) {
        Interpreter in = TypeDefiner.interpreter();
        Scope s = callScope(declaring, ctor, self, args);
        ScriptClass base = declaring.base();
        if (base != null) {
            List<Object> baseArgs = new ArrayList<>();
            if (ctor.baseArguments() != null) {
                for (Expression e : ctor.baseArguments()) {
                    baseArgs.add(NonPublicMembers.running(declaring, () -> TypeDefiner.inScope(s, () -> in.eval(e))));
                }
            }
            base.runConstructor(self, baseArgs);
        }
        MethodOutput out = new MethodOutput();
        NonPublicMembers.running(declaring, () -> TypeDefiner.inScope(s, () -> {
            in.runMethodBody(ctor.body(), out);
            return null;
        }));
    }
}
