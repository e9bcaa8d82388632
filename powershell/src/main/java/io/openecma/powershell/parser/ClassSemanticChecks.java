package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Block;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.Position;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.ast.TypeName;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parse-time checks PowerShell makes on a class or enum (SemanticChecks.cs, SymbolResolver.cs,
 * VariableAnalysis.cs), with ParserStrings.resx's messages: duplicate members, return statements
 * and code paths of typed methods, variables a method reads without assigning them, property
 * assignments without {@code $this.}, {@code $this} in static members, enum underlying types and
 * constant initializers.
 */
final class ClassSemanticChecks {

    private static final Set<String> UNDERLYING = Set.of("byte", "sbyte", "short", "ushort", "int", "uint", "long",
            "ulong", "system.byte", "system.sbyte", "system.int16", "system.uint16", "system.int32", "system.uint32",
            "system.int64", "system.uint64", "int16", "uint16", "int32", "uint32", "int64", "uint64");

    /** Variables a method may read without assigning them (SpecialVariables.cs: automatic, AllScope, class-method ones). */
    private static final Set<String> IMPLICIT = Set.of("this", "true", "false", "null", "_", "psitem", "args", "input",
            "pscmdlet", "psboundparameters", "myinvocation", "psscriptroot", "pscommandpath", "lastexitcode", "error",
            "stacktrace", "outputencoding", "nestedpromptlevel", "pwd", "matches", "?", "executioncontext", "home", "host",
            "pid", "psculture", "pshome", "psuiculture", "psversiontable", "psedition", "shellid", "foreach", "switch",
            "ofs", "psapplicationoutputencoding");

    void check(TypeDefinitionAst def) {
        if (def instanceof TypeDefinitionAst.EnumDef e) {
            checkEnum(e);
        } else {
            checkClass((TypeDefinitionAst.ClassDef) def);
        }
    }

    private static ParseException error(String message, Position at) {
        return new ParseException(message, at);
    }

    /** An error with its ParserStrings.resx resource name as ErrorId, as the parser's ReportError gives it. */
    private static ParseException error(String errorId, String message, Position at) {
        return new ParseException(errorId, message, at, -1, false);
    }

    // ---------------------------------------------------------------- enums

    private void checkEnum(TypeDefinitionAst.EnumDef e) {
        if (e.underlying() != null && !UNDERLYING.contains(e.underlying().toString().toLowerCase(Locale.ROOT))) {
            throw error("InvalidUnderlyingType", "'" + e.underlying() + "' is not a valid underlying type for enums. Expected a builtin integral "
                    + "type (one of byte, sbyte, short, ushort, int, uint, long or ulong)", e.position());
        }
        Set<String> names = new HashSet<>();
        for (TypeDefinitionAst.EnumMember m : e.members()) {
            if (!names.add(m.name().toLowerCase(Locale.ROOT))) {
                throw error("MemberAlreadyDefined", "The member '" + m.name() + "' is already defined.", m.position());
            }
            if (m.value() != null && containsVariable(m.value())) {
                throw error("EnumeratorValueMustBeConstant", "Enumerator value must be a constant value.", m.value().position());
            }
        }
    }

    private static boolean containsVariable(Expression e) {
        if (e instanceof Expression.Variable) {
            return true;
        }
        if (e instanceof Expression.Binary b) {
            return containsVariable(b.left()) || containsVariable(b.right());
        }
        if (e instanceof Expression.Unary u) {
            return containsVariable(u.operand());
        }
        if (e instanceof Expression.Convert c) {
            return containsVariable(c.operand());
        }
        if (e instanceof Expression.Paren p) {
            return !(p.inner() instanceof Statement.Pipeline);
        }
        return e instanceof Expression.SubExpression || e instanceof Expression.InvokeMember m && !m.isStatic();
    }

    // ---------------------------------------------------------------- classes

    /**
     * Where attributes may go (their .NET AttributeUsage): FlagsAttribute on enums only, Parameter and
     * the Validate* attributes on properties and fields only.
     */
    private static String validTargets(AttributeNode a) {
        String n = a.typeName().name().toLowerCase(Locale.ROOT);
        n = n.startsWith("system.") ? n.substring(n.lastIndexOf('.') + 1) : n;
        n = n.endsWith("attribute") ? n.substring(0, n.length() - "attribute".length()) : n;
        if (n.equals("flags")) {
            return "Enum";
        }
        return n.equals("parameter") || n.startsWith("validate") && !n.contains(".") ? "Property, Field" : null;
    }

    /** AttributeNotAllowedOnDeclaration for the first attribute that may not go on this kind of declaration. */
    private static void checkUsage(List<AttributeNode> attributes, String kind) {
        for (AttributeNode a : attributes) {
            String targets = a.typeConstraint() ? null : validTargets(a);
            if (targets != null && !targets.contains(kind)) {
                throw error("AttributeNotAllowedOnDeclaration", "Attribute '" + a.typeName()
                        + "' is not valid on this declaration. It is valid on '" + targets + "' declarations only.", a.position());
            }
        }
    }

    private void checkClass(TypeDefinitionAst.ClassDef c) {
        checkUsage(c.attributes(), "Class");
        Set<String> properties = new HashSet<>();
        for (TypeDefinitionAst.PropertyDef p : c.properties()) {
            checkUsage(p.attributes(), "Property");
            if (!properties.add(p.name().toLowerCase(Locale.ROOT))) {
                throw error("MemberAlreadyDefined", "The member '" + p.name() + "' is already defined.", p.position());
            }
            if (p.isStatic() && p.initializer() != null) {
                new MethodBody(c, null).rejectThis(p.initializer());
            }
        }
        Set<String> signatures = new HashSet<>();
        for (TypeDefinitionAst.MethodDef m : c.methods()) {
            checkUsage(m.attributes(), m.constructor() ? "Constructor" : "Method");
            StringBuilder sig = new StringBuilder(m.name().toLowerCase(Locale.ROOT)).append(m.isStatic() && m.constructor() ? "!" : "(");
            for (Parameter p : m.parameters()) {
                // SemanticChecks.cs reports at the second type constraint, and at the first attribute.
                List<AttributeNode> constraints = p.attributes().stream().filter(a -> a.typeConstraint()).toList();
                if (constraints.size() > 1) {
                    throw error("MultipleTypeConstraintsOnMethodParam", "Multiple type constraints are not allowed on a method parameter.",
                            constraints.get(1).position());
                }
                p.attributes().stream().filter(a -> !a.typeConstraint()).findFirst().ifPresent(a -> {
                    // Parameter and the Validate* attributes are valid on properties and fields only (AttributeUsage).
                    throw error("AttributeNotAllowedOnDeclaration", "Attribute '" + a.typeName()
                            + "' is not valid on this declaration. It is valid on 'Property, Field' declarations only.", a.position());
                });
                sig.append(p.attributes().isEmpty() ? "object" : p.attributes().get(0).typeName().toString()
                        .toLowerCase(Locale.ROOT)).append(',');
            }
            if (!signatures.add(sig.toString())) {
                throw error("MemberAlreadyDefined", "The member '" + m.name() + "' is already defined.", m.position());
            }
            new MethodBody(c, m).check();
        }
    }

    /** The checks on one method or constructor body. */
    private static final class MethodBody {
        private final TypeDefinitionAst.ClassDef owner;
        private final TypeDefinitionAst.MethodDef method;
        private final boolean isVoid;
        private final List<ParseException> returnErrors = new java.util.ArrayList<>();

        MethodBody(TypeDefinitionAst.ClassDef owner, TypeDefinitionAst.MethodDef method) {
            this.owner = owner;
            this.method = method;
            TypeName r = method == null ? null : method.returnType();
            this.isVoid = r == null || r.toString().equalsIgnoreCase("void") || r.toString().equalsIgnoreCase("System.Void");
        }

        void check() {
            checkLabels(method.body(), new java.util.ArrayDeque<>());
            checkReturns(method.body(), false);
            if (!returnErrors.isEmpty()) {
                // SemanticChecks.cs reports each faulty return statement of the method.
                throw ParseException.of(returnErrors);
            }
            if (!isVoid && !exits(method.body())) {
                throw error("MethodHasCodePathNotReturn", "Not all code path returns value within method.", method.position());
            }
            Set<String> assigned = new HashSet<>();
            for (Parameter p : method.parameters()) {
                assigned.add(p.name().toLowerCase(Locale.ROOT));
            }
            // A param block (already ParamBlockNotAllowedInMethod) declares its variables: 5.1 reports only that error.
            if (!startsWithParamBlock(method.body())) {
                flow(method.body(), assigned);
            }
        }

        /** The body as parsed after ParamBlockNotAllowedInMethod: its first statement is the command {@code param (...)}. */
        private static boolean startsWithParamBlock(Block body) {
            return body != null && !body.statements().isEmpty()
                    && body.statements().get(0) instanceof Statement.Pipeline pl && !pl.elements().isEmpty()
                    && pl.elements().get(0) instanceof io.openecma.powershell.ast.PipelineElement.Command c
                    && c.name() instanceof Expression.StringConstant n && n.value().equalsIgnoreCase("param");
        }

        void rejectThis(Expression e) {
            reads(e, new HashSet<>(IMPLICIT), true);
        }

        // ------------------------------------------------------------ break/continue labels

        /**
         * A constant label on break or continue must name a loop around it inside the method
         * (SemanticChecks.cs CheckLabelExists: only loops count, not switch; labels match ignoring case).
         */
        private void checkLabels(Block b, java.util.Deque<String> loops) {
            if (b == null) {
                return;
            }
            for (Statement s : b.statements()) {
                Expression label = s instanceof Statement.Break br ? br.label()
                        : s instanceof Statement.Continue co ? co.label() : null;
                if (label instanceof Expression.StringConstant c && !c.value().isEmpty()
                        && loops.stream().noneMatch(l -> l.equalsIgnoreCase(c.value()))) {
                    throw error("LabelNotFound", "Label '" + c.value() + "' not found inside the method.", s.position());
                }
                String loopLabel = loopLabel(s);
                if (loopLabel != null) {
                    loops.push(loopLabel);
                }
                for (Block child : blocksOf(s)) {
                    checkLabels(child, loops);
                }
                if (s instanceof Statement.Try t) {
                    checkLabels(t.finallyBlock(), loops);
                }
                if (loopLabel != null) {
                    loops.pop();
                }
            }
        }

        /** The label of a loop statement ("" when unlabeled), or null when the statement is no loop. */
        private static String loopLabel(Statement s) {
            String label = s instanceof Statement.While w ? w.label()
                    : s instanceof Statement.DoLoop d ? d.label()
                    : s instanceof Statement.For f ? f.label()
                    : s instanceof Statement.Foreach f ? f.label() : null;
            boolean loop = s instanceof Statement.While || s instanceof Statement.DoLoop || s instanceof Statement.For
                    || s instanceof Statement.Foreach;
            return loop ? (label == null ? "" : label) : null;
        }

        // ------------------------------------------------------------ return statements and code paths

        private void checkReturns(Block b, boolean inFinally) {
            if (b == null) {
                return;
            }
            for (Statement s : b.statements()) {
                checkReturns(s, inFinally);
            }
        }

        private void checkReturns(Statement s, boolean inFinally) {
            if (s instanceof Statement.Return r) {
                if (inFinally) {
                    // The parser itself reports ControlLeavingFinally (FinallyFlow); one error, as in 5.1.
                    return;
                }
                if (isVoid && r.value() != null) {
                    returnErrors.add(error("VoidMethodHasReturn", "Invalid return statement within void method.", r.position()));
                }
                if (!isVoid && r.value() == null) {
                    returnErrors.add(error("NonVoidMethodMissingReturnValue", "Invalid return statement within non-void method.", r.position()));
                }
            }
            for (Block child : blocksOf(s)) {
                checkReturns(child, inFinally);
            }
            if (s instanceof Statement.Try t) {
                checkReturns(t.finallyBlock(), true);
            }
        }

        /** Child blocks of a statement (not a try's finally, which {@link #checkReturns} walks itself). */
        private static List<Block> blocksOf(Statement s) {
            java.util.ArrayList<Block> list = new java.util.ArrayList<>();
            if (s instanceof Statement.If i) {
                i.clauses().forEach(c -> list.add(c.body()));
                list.add(i.elseBlock());
            } else if (s instanceof Statement.While w) {
                list.add(w.body());
            } else if (s instanceof Statement.DoLoop d) {
                list.add(d.body());
            } else if (s instanceof Statement.For f) {
                list.add(f.body());
            } else if (s instanceof Statement.Foreach f) {
                list.add(f.body());
            } else if (s instanceof Statement.Switch sw) {
                sw.clauses().forEach(c -> list.add(c.body()));
                list.add(sw.defaultBlock());
            } else if (s instanceof Statement.Try t) {
                list.add(t.body());
                t.catches().forEach(c -> list.add(c.body()));
            } else if (s instanceof Statement.BlockStatement b) {
                list.add(b.block());
            }
            list.removeIf(java.util.Objects::isNull);
            return list;
        }

        /** Whether every path through the block ends in return or throw. */
        private static boolean exits(Block b) {
            if (b == null) {
                return false;
            }
            for (Statement s : b.statements()) {
                if (exits(s)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean exits(Statement s) {
            if (s instanceof Statement.Return || s instanceof Statement.Throw || s instanceof Statement.Exit) {
                return true;
            }
            if (s instanceof Statement.If i) {
                return i.elseBlock() != null && exits(i.elseBlock()) && i.clauses().stream().allMatch(c -> exits(c.body()));
            }
            if (s instanceof Statement.Try t) {
                if (t.finallyBlock() != null && exits(t.finallyBlock())) {
                    return true;
                }
                return exits(t.body()) && t.catches().stream().allMatch(c -> exits(c.body()));
            }
            if (s instanceof Statement.DoLoop d) {
                return exits(d.body());
            }
            if (s instanceof Statement.Switch sw) {
                return sw.defaultBlock() != null && exits(sw.defaultBlock()) && sw.clauses().stream().allMatch(c -> exits(c.body()));
            }
            if (s instanceof Statement.BlockStatement b) {
                return exits(b.block());
            }
            return false;
        }

        // ------------------------------------------------------------ variables

        /** Walks a block in order; returns the variables surely assigned after it. */
        private Set<String> flow(Block b, Set<String> assigned) {
            if (b == null) {
                return assigned;
            }
            for (Statement s : b.statements()) {
                assigned = flow(s, assigned);
            }
            return assigned;
        }

        private Set<String> flow(Statement s, Set<String> in) {
            Set<String> a = new HashSet<>(in);
            if (s instanceof Statement.Pipeline p) {
                pipelineReads(p, a);
            } else if (s instanceof Statement.Assignment as) {
                flowValue(as.value(), a);
                assignTarget(as.target(), !as.operator().equals("="), a);
            } else if (s instanceof Statement.If i) {
                Set<String> all = null;
                for (Statement.IfClause c : i.clauses()) {
                    pipelineReads(c.condition(), a);
                    Set<String> out = flow(c.body(), new HashSet<>(a));
                    all = all == null ? out : intersect(all, out);
                }
                if (i.elseBlock() != null) {
                    all = intersect(all, flow(i.elseBlock(), new HashSet<>(a)));
                    a.addAll(all);
                }
            } else if (s instanceof Statement.While w) {
                pipelineReads(w.condition(), a);
                flow(w.body(), new HashSet<>(a));
            } else if (s instanceof Statement.DoLoop d) {
                a = flow(d.body(), a);
                pipelineReads(d.condition(), a);
            } else if (s instanceof Statement.For f) {
                if (f.initializer() != null) {
                    a = flow(f.initializer(), a);
                }
                if (f.condition() != null) {
                    pipelineReads(f.condition(), a);
                }
                Set<String> body = flow(f.body(), new HashSet<>(a));
                if (f.iterator() != null) {
                    flow(f.iterator(), body);
                }
            } else if (s instanceof Statement.Foreach f) {
                pipelineReads(f.collection(), a);
                a.add(f.variable().toLowerCase(Locale.ROOT));
                flow(f.body(), new HashSet<>(a));
            } else if (s instanceof Statement.Switch sw) {
                pipelineReads(sw.subject(), a);
                for (Statement.SwitchClause c : sw.clauses()) {
                    flow(c.body(), new HashSet<>(a));
                }
                flow(sw.defaultBlock(), new HashSet<>(a));
            } else if (s instanceof Statement.Try t) {
                flow(t.body(), new HashSet<>(a));
                for (Statement.CatchClause c : t.catches()) {
                    flow(c.body(), new HashSet<>(a));
                }
                a = flow(t.finallyBlock(), a);
            } else if (s instanceof Statement.Throw t && t.value() != null) {
                pipelineReads(t.value(), a);
            } else if (s instanceof Statement.Return r && r.value() != null) {
                pipelineReads(r.value(), a);
            } else if (s instanceof Statement.BlockStatement b) {
                a = flow(b.block(), a);
            }
            return a;
        }

        private static Set<String> intersect(Set<String> x, Set<String> y) {
            if (x == null) {
                return y;
            }
            Set<String> r = new HashSet<>(x);
            r.retainAll(y);
            return r;
        }

        private void flowValue(Statement value, Set<String> a) {
            Set<String> after = flow(value, a);
            a.addAll(after);
        }

        private void assignTarget(Expression target, boolean compound, Set<String> a) {
            Expression t = target;
            while (t instanceof Expression.Convert c) {
                t = c.operand();
            }
            if (t instanceof Expression.Variable v) {
                if (compound) {
                    reads(v, a, false);
                }
                if (v.scope().isEmpty()) {
                    missingThis(v, a);
                    a.add(v.name().toLowerCase(Locale.ROOT));
                }
                return;
            }
            if (t instanceof Expression.ArrayLiteral arr) {
                arr.elements().forEach(e -> assignTarget(e, false, a));
                return;
            }
            reads(t, a, false);
        }

        /** {@code $prop = x} in a method names a property without {@code $this.} (SymbolResolver: MissingThis). */
        private void missingThis(Expression.Variable v, Set<String> assigned) {
            if (method == null || assigned.contains(v.name().toLowerCase(Locale.ROOT))) {
                return;
            }
            for (TypeDefinitionAst.PropertyDef p : owner.properties()) {
                if (p.name().equalsIgnoreCase(v.name())) {
                    String use = p.isStatic() ? "[" + owner.name() + "]::" : "$this.";
                    throw error(p.isStatic() ? "MissingTypeInStaticPropertyAssignment" : "MissingThis",
                            "Cannot assign property, use '" + use + p.name() + "'.", v.position());
                }
            }
        }

        private void pipelineReads(Statement.Pipeline p, Set<String> a) {
            for (io.openecma.powershell.ast.PipelineElement e : p.elements()) {
                if (e instanceof io.openecma.powershell.ast.PipelineElement.ExpressionElement ee) {
                    reads(ee.expression(), a, false);
                } else if (e instanceof io.openecma.powershell.ast.PipelineElement.Command c) {
                    reads(c.name(), a, false);
                    for (io.openecma.powershell.ast.CommandElement ce : c.elements()) {
                        if (ce instanceof io.openecma.powershell.ast.CommandElement.Argument arg) {
                            reads(arg.value(), a, false);
                        } else if (ce instanceof io.openecma.powershell.ast.CommandElement.ParameterName pn
                                && pn.argument() != null) {
                            reads(pn.argument(), a, false);
                        }
                    }
                }
            }
        }

        /** Checks the variables an expression reads (not inside nested script blocks, which have their own scope). */
        private void reads(Expression e, Set<String> a, boolean staticContext) {
            if (e == null) {
                return;
            }
            boolean isStatic = staticContext || method != null && method.isStatic();
            if (e instanceof Expression.Variable v) {
                String n = v.name().toLowerCase(Locale.ROOT);
                if (n.equals("this") && isStatic) {
                    throw error("NonStaticMemberAccessInStaticMember", "Cannot access the non-static member 'this' in a static method or initializer of a static "
                            + "property.", v.position());
                }
                if (method != null && v.scope().isEmpty() && !a.contains(n) && !IMPLICIT.contains(n)
                        && !n.endsWith("preference")) {
                    throw error("VariableNotLocal", "Variable is not assigned in the method.", v.position());
                }
            } else if (e instanceof Expression.Binary b) {
                reads(b.left(), a, staticContext);
                reads(b.right(), a, staticContext);
            } else if (e instanceof Expression.Unary u) {
                reads(u.operand(), a, staticContext);
            } else if (e instanceof Expression.Convert c) {
                reads(c.operand(), a, staticContext);
            } else if (e instanceof Expression.Member m) {
                reads(m.target(), a, staticContext);
                reads(m.member(), a, staticContext);
            } else if (e instanceof Expression.InvokeMember m) {
                reads(m.target(), a, staticContext);
                m.arguments().forEach(x -> reads(x, a, staticContext));
            } else if (e instanceof Expression.Index i) {
                reads(i.target(), a, staticContext);
                reads(i.index(), a, staticContext);
            } else if (e instanceof Expression.ArrayLiteral arr) {
                arr.elements().forEach(x -> reads(x, a, staticContext));
            } else if (e instanceof Expression.ExpandableString s) {
                s.parts().forEach(x -> {
                    if (x instanceof Expression xe) {
                        reads(xe, a, staticContext);
                    }
                });
            } else if (e instanceof Expression.Hashtable h) {
                for (Expression.HashEntry en : h.entries()) {
                    reads(en.key(), a, staticContext);
                    a.addAll(flow(en.value(), a));
                }
            } else if (e instanceof Expression.Paren p) {
                a.addAll(flow(p.inner(), a));
            } else if (e instanceof Expression.SubExpression s) {
                a.addAll(flow(s.body(), a));
            } else if (e instanceof Expression.ArrayExpression s) {
                a.addAll(flow(s.body(), a));
            }
        }
    }
}
