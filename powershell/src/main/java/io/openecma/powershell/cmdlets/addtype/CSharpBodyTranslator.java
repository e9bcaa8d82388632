package io.openecma.powershell.cmdlets.addtype;

import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Range;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeDecl;
import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.TypeRef;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates the statement language of method, constructor and accessor bodies (and field
 * initializers) into PowerShell class-method script: locals, assignment, if/else, loops,
 * return/break/continue/throw, try/catch/finally, and expressions of literals, names, member
 * access, calls, {@code new}, casts, {@code typeof}, {@code is}/{@code as}, the conditional
 * operator and the arithmetic, comparison, logical and bitwise operators. C#'s {@code ==} on
 * strings is ordinal, so it becomes {@code -ceq}; every operator result is parenthesized so
 * PowerShell's precedence cannot regroup it.
 */
final class CSharpBodyTranslator {

    private static final List<List<String>> BINARY_LEVELS = List.of(
            List.of("||"), List.of("&&"), List.of("|"), List.of("^"), List.of("&"), List.of("==", "!="),
            List.of("<", ">", "<=", ">=", "is", "as"), List.of("<<", ">>"), List.of("+", "-"), List.of("*", "/", "%"));

    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("||", "-or"), Map.entry("&&", "-and"), Map.entry("|", "-bor"), Map.entry("^", "-bxor"),
            Map.entry("&", "-band"), Map.entry("==", "-ceq"), Map.entry("!=", "-cne"), Map.entry("<", "-lt"),
            Map.entry(">", "-gt"), Map.entry("<=", "-le"), Map.entry(">=", "-ge"), Map.entry("<<", "-shl"),
            Map.entry(">>", "-shr"), Map.entry("+", "+"), Map.entry("-", "-"), Map.entry("*", "*"), Map.entry("/", "/"),
            Map.entry("%", "%"));

    private static final Set<String> REFUSED_STATEMENTS = Set.of("switch", "goto", "lock", "using", "yield", "fixed", "unsafe",
            "checked", "unchecked", "await");

    /** A translated operand: PowerShell text, or a type when {@code type} is set (then text is {@code [T]}). */
    private record Operand(String text, String type, boolean simple, boolean callOrNew) {
        static Operand value(String text, boolean simple) {
            return new Operand(text, null, simple, false);
        }

        Operand withCall() {
            return new Operand(text, type, simple, true);
        }
    }

    private final List<CSharpToken> tokens;
    private final CSharpTypeResolver types;
    private final TypeDecl owner;
    private final MemberTable members;
    private final String baseType;
    private final boolean isStatic;
    private final Deque<Set<String>> locals = new ArrayDeque<>();
    private TokenCursor c;
    private final StringBuilder out = new StringBuilder();
    private int indent = 2;

    CSharpBodyTranslator(List<CSharpToken> tokens, CSharpTypeResolver types, TypeDecl owner, MemberTable members,
                         String baseType, boolean isStatic, List<String> parameters) {
        this.tokens = tokens;
        this.types = types;
        this.owner = owner;
        this.members = members;
        this.baseType = baseType;
        this.isStatic = isStatic;
        locals.push(new HashSet<>(parameters));
    }

    /** A block body ({@code { ... }} range) as PowerShell statements. */
    String block(Range body) {
        c = new TokenCursor(tokens, body.start(), body.end());
        c.expect("{");
        while (!c.peek().is("}")) {
            statement();
        }
        c.expect("}");
        return out.toString();
    }

    /** An expression range as PowerShell text. */
    String expression(Range range) {
        c = new TokenCursor(tokens, range.start(), range.end());
        String e = expression();
        if (!c.atEnd()) {
            throw new CSharpCompileError(c.peek(), "CS1002", "; expected");
        }
        return e;
    }

    /** Argument list tokens (inside parentheses) as PowerShell method arguments, comma-separated. */
    String arguments(Range range) {
        c = new TokenCursor(tokens, range.start(), range.end());
        List<String> args = new ArrayList<>();
        while (!c.atEnd()) {
            args.add(argument());
            if (!c.atEnd()) {
                c.expect(",");
            }
        }
        return String.join(", ", args);
    }

    // ---------------------------------------------------------------- statements

    private void line(String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }

    private void embedded() {
        indent++;
        locals.push(new HashSet<>());
        if (c.accept("{")) {
            while (!c.peek().is("}")) {
                if (c.atEnd()) {
                    throw new CSharpCompileError(c.peek(), "CS1513", "} expected");
                }
                statement();
            }
            c.expect("}");
        } else {
            statement();
        }
        locals.pop();
        indent--;
    }

    private void statement() {
        CSharpToken t = c.peek();
        if (t.kind() == CSharpToken.Kind.IDENTIFIER && REFUSED_STATEMENTS.contains(t.text())) {
            throw CSharpCompileError.unsupported(t, "The '" + t.text() + "' statement");
        }
        if (c.accept(";")) {
            return;
        }
        if (t.is("{")) {
            // A nested block only scopes its locals; its statements run in line.
            indent--;
            embedded();
            indent++;
            return;
        }
        switch (t.text()) {
            case "if" -> ifStatement();
            case "while" -> {
                c.next();
                line("while (" + parenthesized() + ") {");
                embedded();
                line("}");
            }
            case "do" -> {
                c.next();
                line("do {");
                embedded();
                c.expect("while");
                line("} while (" + parenthesized() + ")");
                c.expect(";");
            }
            case "for" -> forStatement();
            case "foreach" -> foreachStatement();
            case "return" -> {
                c.next();
                line(c.peek().is(";") ? "return" : "return " + expression());
                c.expect(";");
            }
            case "break", "continue" -> {
                c.next();
                line(t.text());
                c.expect(";");
            }
            case "throw" -> {
                c.next();
                line(c.peek().is(";") ? "throw" : "throw " + expression());
                c.expect(";");
            }
            case "try" -> tryStatement();
            default -> {
                if (!localDeclaration()) {
                    line(expressionStatement());
                    c.expect(";");
                }
            }
        }
    }

    private String parenthesized() {
        c.expect("(");
        String e = expression();
        c.expect(")");
        return e;
    }

    private void ifStatement() {
        c.expect("if");
        line("if (" + parenthesized() + ") {");
        embedded();
        if (c.accept("else")) {
            line("} else {");
            embedded();
        }
        line("}");
    }

    private void forStatement() {
        CSharpToken at = c.expect("for");
        c.expect("(");
        locals.push(new HashSet<>());
        String init = "";
        if (!c.peek().is(";")) {
            int save = out.length();
            if (!localDeclaration()) {
                init = expressionStatement();
                c.expect(";");
            } else {
                init = out.substring(save).trim();
                out.setLength(save);
                if (init.contains("\n")) {
                    throw CSharpCompileError.unsupported(at, "Declaring several variables in a for initializer");
                }
            }
        } else {
            c.expect(";");
        }
        String cond = c.peek().is(";") ? "" : expression();
        c.expect(";");
        List<String> iters = new ArrayList<>();
        while (!c.peek().is(")")) {
            iters.add(expressionStatement());
            c.accept(",");
        }
        c.expect(")");
        if (iters.size() > 1) {
            throw CSharpCompileError.unsupported(at, "Several iterator expressions in a for statement");
        }
        line("for (" + init + "; " + cond + "; " + (iters.isEmpty() ? "" : iters.get(0)) + ") {");
        embedded();
        line("}");
        locals.pop();
    }

    private void foreachStatement() {
        c.expect("foreach");
        c.expect("(");
        if (!c.peek().is("var")) {
            CSharpDeclarationParser.typeRef(c);
        } else {
            c.next();
        }
        CSharpToken name = c.identifier();
        c.expect("in");
        String source = expression();
        c.expect(")");
        locals.push(new HashSet<>(Set.of(name.text())));
        line("foreach (" + PowerShellText.variable(name.text()) + " in " + source + ") {");
        embedded();
        line("}");
        locals.pop();
    }

    private void tryStatement() {
        c.expect("try");
        line("try {");
        embedded();
        boolean handled = false;
        while (c.peek().is("catch")) {
            handled = true;
            c.next();
            String type = "";
            String var = null;
            if (c.accept("(")) {
                TypeRef t = CSharpDeclarationParser.typeRef(c);
                type = " [" + types.resolve(t, owner.namespace()) + "]";
                if (c.peek().kind() == CSharpToken.Kind.IDENTIFIER) {
                    var = c.next().text();
                }
                c.expect(")");
            }
            if (c.peek().is("when")) {
                throw CSharpCompileError.unsupported(c.peek(), "An exception filter ('when')");
            }
            line("}" + " catch" + type + " {");
            locals.push(new HashSet<>());
            if (var != null) {
                locals.peek().add(var);
                line("    " + PowerShellText.variable(var) + " = $_.Exception");
            }
            embedded();
            locals.pop();
        }
        if (c.accept("finally")) {
            handled = true;
            line("} finally {");
            embedded();
        }
        if (!handled) {
            throw new CSharpCompileError(c.peek(), "CS1524", "Expected catch or finally");
        }
        line("}");
    }

    /** {@code T x = e;}, {@code var x = e;}: false (cursor unchanged) when the statement is not a declaration. */
    private boolean localDeclaration() {
        int start = c.position();
        CSharpToken first = c.peek();
        if (first.kind() != CSharpToken.Kind.IDENTIFIER || isLocal(first.text())) {
            return false;
        }
        String psType = null;
        boolean isVar = first.is("var") && c.peek(1).kind() == CSharpToken.Kind.IDENTIFIER;
        if (isVar) {
            c.next();
        } else {
            if (first.is("const")) {
                c.next();
            }
            try {
                TypeRef t = CSharpDeclarationParser.typeRef(c);
                if (c.peek().kind() != CSharpToken.Kind.IDENTIFIER || !(c.peek(1).is("=") || c.peek(1).is(";") || c.peek(1).is(","))) {
                    c.reset(start);
                    return false;
                }
                psType = types.resolve(t, owner.namespace());
            } catch (CSharpCompileError e) {
                if (c.peek().kind() == CSharpToken.Kind.IDENTIFIER && (c.peek(1).is("=") || c.peek(1).is(";"))) {
                    throw e; // a declaration of an unknown type
                }
                c.reset(start);
                return false;
            }
        }
        do {
            CSharpToken name = c.identifier();
            String value;
            if (c.accept("=")) {
                if (c.peek().is("{")) {
                    throw CSharpCompileError.unsupported(c.peek(), "An array initializer without 'new'");
                }
                value = expression();
            } else if (isVar) {
                throw new CSharpCompileError(name, "CS0818", "Implicitly-typed variables must be initialized");
            } else {
                value = "$null";
            }
            locals.peek().add(name.text());
            // [string]$x = $null would make "" in PowerShell; string and object locals stay untyped.
            boolean typed = psType != null && !psType.equals("System.String") && !psType.equals("System.Object");
            line((typed ? "[" + psType + "]" : "") + PowerShellText.variable(name.text()) + " = " + value);
        } while (c.accept(","));
        c.expect(";");
        return true;
    }

    private boolean isLocal(String name) {
        for (Set<String> s : locals) {
            if (s.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** An assignment, increment, call or {@code new} used as a statement. */
    private String expressionStatement() {
        CSharpToken at = c.peek();
        if (c.peek().is("++") || c.peek().is("--")) {
            String op = c.next().text();
            return unary() .text() + op;
        }
        Operand target = unary();
        CSharpToken op = c.peek();
        switch (op.text()) {
            case "=", "+=", "-=", "*=", "/=", "%=" -> {
                c.next();
                return target.text() + " " + op.text() + " " + expression();
            }
            case "&=", "|=", "^=", "<<=", ">>=" -> {
                c.next();
                String bin = OPERATORS.get(op.text().substring(0, op.text().length() - 1));
                return target.text() + " = (" + target.text() + " " + bin + " (" + expression() + "))";
            }
            case "??=" -> throw CSharpCompileError.unsupported(op, "The '??=' operator");
            case "++", "--" -> {
                c.next();
                return target.text() + op.text();
            }
            default -> {
                if (!target.callOrNew()) {
                    throw new CSharpCompileError(at, "CS0201",
                            "Only assignment, call, increment, decrement, await, and new object expressions can be used as a statement");
                }
                return "$null = " + target.text();
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    private String expression() {
        if (c.peek(1).is("=>") || (c.peek().is("(") && lambdaAhead())) {
            throw CSharpCompileError.unsupported(c.peek(), "A lambda expression");
        }
        String cond = binary(0);
        if (c.peek().is("??")) {
            throw CSharpCompileError.unsupported(c.peek(), "The '??' operator");
        }
        if (c.accept("?")) {
            String a = expression();
            c.expect(":");
            String b = expression();
            return "$(if (" + cond + ") { " + a + " } else { " + b + " })";
        }
        if (c.peek().is("=") || (c.peek().text().endsWith("=") && c.peek().text().length() == 2
                && "+-*/%&|^".indexOf(c.peek().text().charAt(0)) >= 0)) {
            throw CSharpCompileError.unsupported(c.peek(), "An assignment used as a value");
        }
        return cond;
    }

    private boolean lambdaAhead() {
        int save = c.position();
        try {
            c.skipBalanced("(", ")");
            return c.peek().is("=>");
        } catch (CSharpCompileError e) {
            return false;
        } finally {
            c.reset(save);
        }
    }

    private String argument() {
        CSharpToken t = c.peek();
        if (t.is("ref") || t.is("out") || t.is("in")) {
            throw CSharpCompileError.unsupported(t, "A '" + t.text() + "' argument");
        }
        if (t.kind() == CSharpToken.Kind.IDENTIFIER && c.peek(1).is(":")) {
            throw CSharpCompileError.unsupported(t, "A named argument");
        }
        return expression();
    }

    private String binary(int level) {
        if (level == BINARY_LEVELS.size()) {
            return unary().text();
        }
        String left = binary(level + 1);
        while (true) {
            CSharpToken op = c.peek();
            String text = op.text();
            if (op.is(">") && c.peek(1).is(">") && c.peek(1).column() == op.column() + 1 && level == 7) {
                text = ">>";
            }
            if (op.kind() == CSharpToken.Kind.STRING || !BINARY_LEVELS.get(level).contains(text)) {
                return left;
            }
            c.next();
            if (text.equals(">>")) {
                c.next();
            }
            if (text.equals("is") || text.equals("as")) {
                TypeRef t = CSharpDeclarationParser.typeRef(c);
                if (c.peek().kind() == CSharpToken.Kind.IDENTIFIER && text.equals("is")) {
                    throw CSharpCompileError.unsupported(c.peek(), "A declaration pattern ('is T name')");
                }
                left = "(" + left + " -" + text + " [" + types.resolve(t, owner.namespace()) + "])";
                continue;
            }
            String right = binary(level + 1);
            if ((text.equals("==") || text.equals("!=")) && right.equals("$null")) {
                left = "($null " + OPERATORS.get(text) + " " + left + ")";
            } else {
                left = "(" + left + " " + OPERATORS.get(text) + " " + right + ")";
            }
        }
    }

    private Operand unary() {
        CSharpToken t = c.peek();
        switch (t.text()) {
            case "!" -> {
                c.next();
                return Operand.value("(-not " + unary().text() + ")", false);
            }
            case "-" -> {
                c.next();
                return Operand.value("(-" + unary().text() + ")", false);
            }
            case "+" -> {
                c.next();
                return unary();
            }
            case "~" -> {
                c.next();
                return Operand.value("(-bnot " + unary().text() + ")", false);
            }
            case "++", "--" -> throw CSharpCompileError.unsupported(t, "A prefix '" + t.text() + "' inside an expression");
            case "(" -> {
                if (t.kind() == CSharpToken.Kind.PUNCTUATION) {
                    String cast = castType();
                    if (cast != null) {
                        return Operand.value("([" + cast + "]" + unary().text() + ")", false);
                    }
                }
            }
            default -> {
            }
        }
        return postfix(primary());
    }

    /** {@code (T)} followed by an operand: T's PowerShell name (cursor after the parenthesis); else null, cursor unchanged. */
    private String castType() {
        int save = c.position();
        c.next();
        try {
            CSharpToken first = c.peek();
            if (first.kind() != CSharpToken.Kind.IDENTIFIER || isLocal(first.text())) {
                return null;
            }
            TypeRef t = CSharpDeclarationParser.typeRef(c);
            if (!c.accept(")")) {
                return null;
            }
            CSharpToken n = c.peek();
            boolean operandFollows = n.kind() == CSharpToken.Kind.IDENTIFIER && !n.is("is") && !n.is("as")
                    || n.kind() == CSharpToken.Kind.NUMBER || n.kind() == CSharpToken.Kind.STRING
                    || n.kind() == CSharpToken.Kind.CHAR || n.is("(") || n.is("!") || n.is("~");
            boolean keyword = CSharpTypeResolver.isKeyword(t.name());
            if (!operandFollows && !(keyword && (n.is("-") || n.is("+")))) {
                return null;
            }
            String resolved = types.resolveOrNull(t, owner.namespace());
            if (resolved == null) {
                return null;
            }
            save = -1;
            return resolved;
        } catch (CSharpCompileError e) {
            return null;
        } finally {
            if (save >= 0) {
                c.reset(save);
            }
        }
    }

    private Operand primary() {
        CSharpToken t = c.next();
        switch (t.kind()) {
            case NUMBER:
                return Operand.value(PowerShellText.number(t), true);
            case STRING:
                return Operand.value(PowerShellText.string(t.text()), true);
            case CHAR:
                return Operand.value("([char]" + PowerShellText.string(t.text()) + ")", false);
            case END:
                throw new CSharpCompileError(t, "CS1525", "Invalid expression term");
            default:
                break;
        }
        switch (t.text()) {
            case "(" -> {
                String e = expression();
                c.expect(")");
                return Operand.value("(" + e + ")", true);
            }
            case "true" -> {
                return Operand.value("$true", true);
            }
            case "false" -> {
                return Operand.value("$false", true);
            }
            case "null" -> {
                return Operand.value("$null", true);
            }
            case "this" -> {
                requireInstance(t);
                return Operand.value("$this", true);
            }
            case "base" -> {
                requireInstance(t);
                if (baseType == null) {
                    throw CSharpCompileError.unsupported(t, "'base' without a base class");
                }
                return Operand.value("([" + baseType + "]$this)", true);
            }
            case "new" -> {
                return creation(t);
            }
            case "typeof" -> {
                c.expect("(");
                TypeRef r = CSharpDeclarationParser.typeRef(c);
                c.expect(")");
                return Operand.value("[" + types.resolve(r, owner.namespace()) + "]", true);
            }
            case "$" -> throw CSharpCompileError.unsupported(t, "An interpolated string");
            case "default", "nameof", "sizeof", "checked", "unchecked", "stackalloc", "await", "delegate" ->
                    throw CSharpCompileError.unsupported(t, "The '" + t.text() + "' expression");
            default -> {
            }
        }
        if (t.kind() != CSharpToken.Kind.IDENTIFIER) {
            throw new CSharpCompileError(t, "CS1525", "Invalid expression term '" + t.text() + "'");
        }
        return name(t);
    }

    private void requireInstance(CSharpToken t) {
        if (isStatic) {
            throw new CSharpCompileError(t, "CS0026", "Keyword 'this' is not valid in a static property, static method, or static field initializer");
        }
    }

    /** A simple name: a local, a member of the class (or its C# bases), or a type (possibly dotted). */
    private Operand name(CSharpToken t) {
        String n = t.text();
        if (isLocal(n)) {
            return Operand.value(PowerShellText.variable(n), true);
        }
        MemberTable.Entry m = members.find(n);
        if (m != null) {
            if (m.kind() == MemberTable.Kind.METHOD && !c.peek().is("(")) {
                throw CSharpCompileError.unsupported(t, "A method group used as a value (delegate)");
            }
            if (!m.isStatic()) {
                requireInstance(t);
            }
            String head = m.isStatic() ? "[" + m.ownerType() + "]::" + m.psName() : "$this." + m.psName();
            if (m.kind() == MemberTable.Kind.METHOD) {
                return Operand.value(head + "(" + callArguments() + ")", true).withCall();
            }
            return Operand.value(head, true);
        }
        StringBuilder dotted = new StringBuilder(n);
        int save = c.position();
        while (true) {
            String type = types.typeInExpression(dotted.toString(), owner.namespace());
            if (type != null) {
                return new Operand("[" + type + "]", type, true, false);
            }
            if (c.peek().is(".") && c.peek(1).kind() == CSharpToken.Kind.IDENTIFIER) {
                c.next();
                dotted.append('.').append(c.next().text());
            } else {
                break;
            }
        }
        c.reset(save);
        throw new CSharpCompileError(t, "CS0103", "The name '" + n + "' does not exist in the current context");
    }

    private String callArguments() {
        c.expect("(");
        List<String> args = new ArrayList<>();
        if (!c.accept(")")) {
            do {
                args.add(argument());
            } while (c.accept(","));
            c.expect(")");
        }
        return String.join(", ", args);
    }

    private Operand creation(CSharpToken at) {
        if (c.peek().is("[")) {
            c.next();
            c.expect("]");
            return Operand.value("@(" + initializerList() + ")", true);
        }
        if (c.peek().is("{") || c.peek().is("(")) {
            throw CSharpCompileError.unsupported(at, "An anonymous or target-typed 'new'");
        }
        TypeRef elementOrType = typeWithoutRank();
        String type = types.resolve(elementOrType, owner.namespace());
        if (c.peek().is("[")) {
            c.next();
            if (c.accept("]")) {
                if (!c.peek().is("{")) {
                    throw new CSharpCompileError(c.peek(), "CS1586", "Array creation must have array size or array initializer");
                }
                return Operand.value("[" + type + "[]]@(" + initializerList() + ")", true);
            }
            String size = expression();
            if (c.peek().is(",")) {
                throw CSharpCompileError.unsupported(c.peek(), "A multi-dimensional array creation");
            }
            c.expect("]");
            if (c.peek().is("{")) {
                throw CSharpCompileError.unsupported(c.peek(), "An array initializer with an explicit size");
            }
            return Operand.value("[" + type + "[]]::new(" + size + ")", true).withCall();
        }
        String args = c.peek().is("(") ? callArguments() : "";
        if (c.peek().is("{")) {
            throw CSharpCompileError.unsupported(c.peek(), "An object or collection initializer");
        }
        return Operand.value("[" + type + "]::new(" + args + ")", true).withCall();
    }

    private TypeRef typeWithoutRank() {
        int save = c.position();
        TypeRef t = CSharpDeclarationParser.typeRef(c);
        if (t.arrayRank() == 0) {
            return t;
        }
        // new T[] { ... }: the type parser took the brackets; give them back.
        c.reset(save);
        StringBuilder name = new StringBuilder(c.identifier().text());
        while (c.peek().is(".")) {
            c.next();
            name.append('.').append(c.identifier().text());
        }
        return new TypeRef(name.toString(), List.of(), 0, false, t.at());
    }

    private String initializerList() {
        c.expect("{");
        List<String> items = new ArrayList<>();
        while (!c.accept("}")) {
            items.add(expression());
            if (!c.accept(",")) {
                c.expect("}");
                break;
            }
        }
        return String.join(", ", items);
    }

    private Operand postfix(Operand start) {
        Operand o = start;
        while (true) {
            CSharpToken t = c.peek();
            if (t.is(".")) {
                c.next();
                CSharpToken name = c.identifier();
                String member = memberName(o, name.text());
                String head = o.type() != null ? o.text() + "::" + member
                        : (o.simple() ? o.text() : "(" + o.text() + ")") + "." + member;
                if (c.peek().is("<") && genericCallAhead()) {
                    throw CSharpCompileError.unsupported(c.peek(), "A generic method call");
                }
                o = c.peek().is("(") ? Operand.value(head + "(" + callArguments() + ")", true).withCall()
                        : Operand.value(head, true);
            } else if (t.is("[") && o.type() == null) {
                c.next();
                List<String> idx = new ArrayList<>();
                do {
                    idx.add(expression());
                } while (c.accept(","));
                c.expect("]");
                o = Operand.value((o.simple() ? o.text() : "(" + o.text() + ")") + "[" + String.join(", ", idx) + "]", true);
            } else if (t.is("(") && o.type() == null && !o.callOrNew()) {
                throw CSharpCompileError.unsupported(t, "Invoking a delegate");
            } else if (t.is("?.") || t.is("?") && c.peek(1).is("[")) {
                throw CSharpCompileError.unsupported(t, "The null-conditional operator");
            } else if (t.is("!") && c.peek(1).is(".")) {
                throw CSharpCompileError.unsupported(t, "The null-forgiving operator");
            } else if (o.type() != null) {
                throw new CSharpCompileError(t, "CS0119", "'" + o.type() + "' is a type, which is not valid in the given context");
            } else {
                return o;
            }
        }
    }

    /** Members of {@code this} go by their PowerShell names (a backing field is its property). */
    private String memberName(Operand o, String name) {
        if (o.text().equals("$this") || (o.type() != null && o.type().equals(owner.fullName()))) {
            MemberTable.Entry m = members.find(name);
            if (m != null) {
                return m.psName();
            }
        }
        return name;
    }

    private boolean genericCallAhead() {
        int save = c.position();
        try {
            c.next();
            CSharpDeclarationParser.typeRef(c);
            while (c.accept(",")) {
                CSharpDeclarationParser.typeRef(c);
            }
            return c.accept(">") && c.peek().is("(");
        } catch (CSharpCompileError e) {
            return false;
        } finally {
            c.reset(save);
        }
    }
}
