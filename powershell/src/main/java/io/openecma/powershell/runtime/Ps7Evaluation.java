package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Statement;

import java.util.List;

/**
 * Evaluation of the PowerShell 7 operators issue #11 admits as additive to 5.1: {@code ?:},
 * {@code ??}, {@code ??=}, {@code ?.}, {@code ?[]}, {@code &&} and {@code ||}. "Null" is what
 * PowerShell 7 tests (LanguagePrimitives.IsNull): $null and AutomationNull, not an empty string.
 */
final class Ps7Evaluation {

    private Ps7Evaluation() {
    }

    static boolean isNull(Object value) {
        return LanguagePrimitives.base(LanguagePrimitives.unwrapNull(value)) == null;
    }

    /** Variables a background pipeline never takes from its caller: the job's own automatic ones. */
    private static final java.util.Set<String> NOT_CARRIED = java.util.Set.of("_", "psitem", "args", "input", "this",
            "myinvocation", "psboundparameters", "pscmdlet", "psscriptroot", "pscommandpath", "error", "?", "^", "$",
            "foreach", "switch", "matches", "lastexitcode", "stacktrace", "pid", "pwd", "host", "executioncontext");

    /**
     * {@code pipeline &}: PowerShell 7 (Compiler.cs, background pipelines) turns the pipeline's variable
     * references into {@code $using:} copies for a job that starts in the current directory. Here the
     * job gets the values of the caller's variables that it does not define itself (its automatic
     * variables stay its own); the values are shared, not serialized.
     */
    static Object background(Interpreter in, Statement.BackgroundPipeline b) {
        java.util.Map<String, Object> carried = new java.util.LinkedHashMap<>();
        for (Scope s = in.scope(); s != null; s = s.parent()) {
            for (PSVariable v : s.variables().values()) {
                String key = LanguagePrimitives.fold(v.name());
                if (!NOT_CARRIED.contains(key) && !carried.containsKey(v.name())) {
                    carried.put(v.name(), v.value());
                }
            }
        }
        return io.openecma.powershell.cmdlets.jobs.BackgroundJobs.start(in.context(), b.text(), java.util.List.of(), null, null,
                null, carried);
    }

    static Object ternary(Interpreter in, Expression.Ternary t) {
        return LanguagePrimitives.isTrue(in.eval(t.condition())) ? in.eval(t.ifTrue()) : in.eval(t.ifFalse());
    }

    /** {@code left ?? right}: right is evaluated only when left is null. */
    static Object coalesce(Interpreter in, Expression.Binary b) {
        Object left = in.eval(b.left());
        return isNull(left) ? in.eval(b.right()) : left;
    }

    /** The target is evaluated once; when it is null the access is null, else the access runs on that value. */
    static Object nullConditional(Interpreter in, Expression.NullConditional n) {
        Expression access = n.access();
        Expression target = targetOf(access);
        Object value = in.eval(target);
        if (isNull(value)) {
            return null;
        }
        Expression.Constant evaluated = new Expression.Constant(value, target.position());
        return in.eval(withTarget(access, evaluated));
    }

    private static Expression targetOf(Expression access) {
        if (access instanceof Expression.Member m) {
            return m.target();
        }
        if (access instanceof Expression.InvokeMember m) {
            return m.target();
        }
        return ((Expression.Index) access).target();
    }

    private static Expression withTarget(Expression access, Expression target) {
        if (access instanceof Expression.Member m) {
            return new Expression.Member(target, m.member(), m.isStatic(), m.position());
        }
        if (access instanceof Expression.InvokeMember m) {
            return new Expression.InvokeMember(target, m.member(), m.arguments(), m.isStatic(), m.position());
        }
        Expression.Index ix = (Expression.Index) access;
        return new Expression.Index(target, ix.index(), ix.position());
    }

    /** Runs {@code left && right} / {@code left || right}, both writing to {@code out}. */
    static void chain(Interpreter in, Statement.PipelineChain c, List<Object> out) {
        in.exec(c.left(), out);
        boolean succeeded = in.lastSucceeded();
        if (c.operator().equals("&&") == succeeded) {
            in.exec(c.right(), out);
        }
    }

    /**
     * {@code target.Method[T](args)}: the type arguments must name known types (TypeNotFound
     * otherwise). No method the engine exposes is a .NET generic method, so the call then fails as
     * PowerShell 7's CoreAdapter does when no generic overload takes that many type parameters
     * (MethodCountCouldNotFindBestGeneric, ExtendedTypeSystem.resx MethodGenericArgumentCountException).
     */
    static Object genericCall(Interpreter in, Expression.GenericInvokeMember g) {
        for (io.openecma.powershell.ast.TypeName t : g.typeArguments()) {
            in.resolveType(t);
        }
        Expression.InvokeMember call = g.call();
        if (call.isStatic()) {
            in.eval(call.target());
        } else if (isNull(in.eval(call.target()))) {
            throw RuntimeErrors.invokeMethodOnNull();
        }
        String name = in.memberName(call.member());
        throw new PSRuntimeException("System.Management.Automation.MethodException", "Could not find a suitable generic method overload for \""
                + name + "\" with \"" + g.typeArguments().size() + "\" type parameters, and the argument count: \""
                + call.arguments().size() + "\".").withError("MethodCountCouldNotFindBestGeneric", "NotSpecified", null);
    }
}
