package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Block;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.Position;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;
import io.openecma.powershell.lexer.TokenKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses {@code class} and {@code enum} definitions (PowerShell 5.0+) after Parser.cs's
 * ClassDefinitionRule and EnumDefinitionRule; error texts are ParserStrings.resx's.
 */
final class TypeDefinitionParser {

    private final Parser p;
    /** Where the type's name or its last base type ends (Parser.cs reports a missing body after it). */
    private int lastEnd;

    TypeDefinitionParser(Parser parser) {
        this.p = parser;
    }

    /** {@code [Attr()] class X {...}} / {@code [Flags()] enum X {...}} at a statement start; null otherwise. */
    static Statement tryAttributed(Parser p) {
        Token t = p.peek(Mode.COMMAND);
        if (!t.text().startsWith("[")) {
            return null;
        }
        int save = p.offset;
        p.rewind(t.start());
        List<AttributeNode> attributes = p.parseAttributeList();
        p.skipNewlines();
        Token k = p.peek(Mode.COMMAND);
        if (!attributes.isEmpty() && (k.isWord("class") || k.isWord("enum"))) {
            return new TypeDefinitionParser(p).parse(attributes);
        }
        p.rewind(save);
        return null;
    }

    /**
     * Gathers the type definitions of a statement list into one statement at its start (types are
     * defined at parse time in PowerShell, so a script can use a class above its definition).
     */
    static List<Statement> hoist(List<Statement> statements) {
        List<TypeDefinitionAst> types = new ArrayList<>();
        List<Statement> rest = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Statement s : statements) {
            if (s instanceof Statement.TypeDefinitions d) {
                for (TypeDefinitionAst t : d.types()) {
                    if (!names.add(t.name().toLowerCase(Locale.ROOT))) {
                        throw new ParseException("MemberAlreadyDefined", "The member '" + t.name() + "' is already defined.",
                                t.position(), -1, false);
                    }
                    types.add(t);
                }
            } else {
                rest.add(s);
            }
        }
        if (types.isEmpty()) {
            return statements;
        }
        // using statements come first: the types may derive from a class that 'using module' brings in.
        int at = 0;
        while (at < rest.size() && rest.get(at) instanceof Statement.Using) {
            at++;
        }
        rest.add(at, new Statement.TypeDefinitions(types, types.get(0).position()));
        return rest;
    }

    /** True while a method's declaration (name, parameters, base call) is parsed, before its body. */
    private boolean inMethodHeader;

    Statement parse(List<AttributeNode> attributes) {
        Token kw = p.next(Mode.COMMAND);
        String keyword = kw.text().toLowerCase(Locale.ROOT);
        p.skipNewlines();
        Token name = p.peek(Mode.EXPRESSION);
        if (!name.is(TokenKind.IDENTIFIER)) {
            throw p.errorAt("MissingNameAfterKeyword", "Missing name after " + keyword + " keyword.", kw.end());
        }
        p.next(Mode.EXPRESSION);
        lastEnd = name.end();
        Position at = attributes.isEmpty() ? kw.position() : attributes.get(0).position();
        TypeDefinitionAst def = keyword.equals("enum")
                ? parseEnum(name.text(), attributes, at)
                : parseClass(name.text(), attributes, at);
        new ClassSemanticChecks().check(def);
        recordTypeReferences(def);
        p.semanticErrors.addAll(new ClassAttributeChecks(p).check(def));
        if (def instanceof TypeDefinitionAst.ClassDef c) {
            p.semanticErrors.addAll(DscResourceChecks.check(c));
        }
        return new Statement.TypeDefinitions(List.of(def), at);
    }

    /** The type names of the declaration, for SymbolResolver's check when the parse ends ({@link ClassTypeReferences}). */
    private void recordTypeReferences(TypeDefinitionAst def) {
        p.typeReferences.defined(def.name());
        def.attributes().forEach(this::recordAttribute);
        if (def instanceof TypeDefinitionAst.ClassDef c) {
            for (int i = 0; i < c.bases().size() && i < baseStarts.size(); i++) {
                p.typeReferences.reference(c.bases().get(i), baseStarts.get(i), false);
            }
            for (TypeDefinitionAst.PropertyDef prop : c.properties()) {
                prop.attributes().forEach(this::recordAttribute);
            }
            for (TypeDefinitionAst.MethodDef m : c.methods()) {
                m.attributes().forEach(this::recordAttribute);
                for (Parameter param : m.parameters()) {
                    param.attributes().forEach(this::recordAttribute);
                }
            }
        }
        memberTypes.forEach(this::recordAttribute);
    }

    private void recordAttribute(AttributeNode a) {
        p.typeReferences.reference(a.typeName(), p.attributeSites.typeStart(a), !a.typeConstraint());
    }

    /** Where each base type name of the class being parsed starts. */
    private final List<Integer> baseStarts = new ArrayList<>();
    /** The type constraints of the class's properties and methods (not kept among their attributes). */
    private final List<AttributeNode> memberTypes = new ArrayList<>();

    // ---------------------------------------------------------------- classes

    private TypeDefinitionAst parseClass(String name, List<AttributeNode> attributes, Position at) {
        List<TypeName> bases = new ArrayList<>();
        p.skipNewlines();
        if (p.peek(Mode.EXPRESSION).text().equals(":")) {
            Token separator = p.next(Mode.EXPRESSION);
            while (true) {
                p.skipNewlines();
                baseStarts.add(p.peek(Mode.EXPRESSION).start());
                bases.add(typeNameAfterColon(separator));
                p.skipNewlines();
                if (!p.peek(Mode.EXPRESSION).isOperator(",")) {
                    break;
                }
                separator = p.next(Mode.EXPRESSION);
            }
        }
        Token open = openBody("class");
        List<TypeDefinitionAst.PropertyDef> properties = new ArrayList<>();
        List<TypeDefinitionAst.MethodDef> methods = new ArrayList<>();
        while (true) {
            p.skipTerminators();
            Token t = p.peek(Mode.EXPRESSION);
            if (t.isOperator("}")) {
                p.next(Mode.EXPRESSION);
                break;
            }
            if (t.is(TokenKind.EOF)) {
                throw p.errorAt("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", open.end());
            }
            parseMember(name, properties, methods);
        }
        return new TypeDefinitionAst.ClassDef(name, attributes, bases, properties, methods, at);
    }

    private Token openBody(String keyword) {
        p.skipNewlines();
        Token open = p.peek(Mode.EXPRESSION);
        if (!open.isOperator("{")) {
            throw p.errorAt("MissingTypeBody", "Missing '" + keyword + "' body in '" + keyword + "' declaration.", lastEnd);
        }
        return p.next(Mode.EXPRESSION);
    }

    /** A base or interface name after ':' or ',' (the separator): dotted words with optional generic arguments. */
    private TypeName typeNameAfterColon(Token separator) {
        Token first = p.peek(Mode.EXPRESSION);
        String text = p.lexer.text();
        int i = first.start();
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '`' || depth > 0 && (c == ',' || c == ' '))) {
                break;
            }
            i++;
        }
        if (i == first.start()) {
            throw p.errorAt("TypeNameExpected", "Type name expected.", separator.end());
        }
        p.rewind(i);
        lastEnd = i;
        return TypeNames.parse(text.substring(first.start(), i), first.position());
    }

    private void parseMember(String className, List<TypeDefinitionAst.PropertyDef> properties,
                             List<TypeDefinitionAst.MethodDef> methods) {
        List<AttributeNode> attributes = new ArrayList<>();
        TypeName type = null;
        Token typeAt = null;
        boolean isStatic = false;
        boolean hidden = false;
        Token start = p.peek(Mode.EXPRESSION);
        // Where the last attribute or qualifier ends: an incomplete member is reported right after it.
        int lastAttributeEnd = -1;
        while (true) {
            p.skipNewlines();
            Token t = p.peek(Mode.EXPRESSION);
            if (t.isOperator("[")) {
                List<AttributeNode> list = p.parseAttributeList();
                if (list.isEmpty()) {
                    throw p.error("Missing a property name or method definition.", t);
                }
                lastAttributeEnd = p.offset;
                for (AttributeNode a : list) {
                    if (a.typeConstraint()) {
                        if (type != null) {
                            // Parser.cs ClassMemberRule reports a second type and goes on with the first.
                            p.report(new ParseException("TooManyTypes", "Only one type may be specified on class members.",
                                    a.position(), -1, false));
                            continue;
                        }
                        type = a.typeName();
                        typeAt = t;
                        memberTypes.add(a);
                    } else {
                        attributes.add(a);
                    }
                }
            } else if (t.isWord("static") || t.isWord("hidden")) {
                boolean st = t.isWord("static");
                if (st ? isStatic : hidden) {
                    p.report(p.error("DuplicateQualifier", "Duplicate '" + t.text().toLowerCase(Locale.ROOT) + "' qualifier", t));
                }
                if (st) {
                    isStatic = true;
                } else {
                    hidden = true;
                }
                p.next(Mode.EXPRESSION);
                lastAttributeEnd = t.end();
            } else {
                break;
            }
        }
        Token t = p.peek(Mode.EXPRESSION);
        if (t.is(TokenKind.VARIABLE)) {
            p.next(Mode.EXPRESSION);
            String var = t.stringValue();
            if (var.endsWith(":")) {
                // A tokenizer error in 5.1: the member is left out and the class goes on.
                p.report(p.error("InvalidVariableReference", "Variable reference is not valid. ':' was not followed by a valid variable name character. "
                        + "Consider using ${} to delimit the name.", t));
                endOfMember();
                return;
            }
            if (var.contains(":")) {
                throw p.error("InvalidVariableReference", "Variable reference is not valid. ':' was not followed by a valid variable name character. "
                        + "Consider using ${} to delimit the name.", t);
            }
            Expression init = null;
            if (p.peek(Mode.EXPRESSION).isOperator("=")) {
                Token eq = p.next(Mode.EXPRESSION);
                p.skipNewlines();
                Token v = p.peek(Mode.EXPRESSION);
                if (v.is(TokenKind.EOF) || v.isOperator("}") || v.is(TokenKind.SEMICOLON)) {
                    throw p.errorAt("ExpectedValueExpression", "You must provide a value expression following the '=' operator.", eq.end());
                }
                init = p.parseExpression();
            }
            properties.add(new TypeDefinitionAst.PropertyDef(var, type, attributes, isStatic, hidden, init, start.position()));
            endOfMember();
            return;
        }
        if (t.is(TokenKind.IDENTIFIER)) {
            p.next(Mode.EXPRESSION);
            Token paren = p.peek(Mode.EXPRESSION);
            if (!paren.isOperator("(")) {
                throw p.error("Missing a property name or method definition.", t);
            }
            try {
                methods.add(parseMethod(className, t, type, typeAt, attributes, isStatic, hidden, start.position()));
            } catch (ParseException e) {
                if (!inMethodHeader) {
                    throw e;
                }
                // Parser.cs ClassMemberRule: a method whose declaration failed is skipped up to the '}' that
                // closes the class (SyncOnError), so the class goes on without a second error.
                inMethodHeader = false;
                p.report(e);
                // After a faulty base call MethodDeclarationRule still takes the '{' that follows (NextToken).
                if ((e.errorId().equals("MissingMethodParameterList") || e.errorId().equals("MissingBaseCtorCall"))
                        && p.peek(Mode.EXPRESSION).isOperator("{")) {
                    p.next(Mode.EXPRESSION);
                }
                skipToClosingBrace();
            }
            return;
        }
        if (lastAttributeEnd >= 0 && (t.isOperator("}") || t.is(TokenKind.EOF))) {
            // Parser.cs: the start of a member with no variable or method after it; the '}' still closes the class.
            p.report(p.errorAt("IncompleteMemberDefinition", "Missing a property name or method definition.", lastAttributeEnd));
            return;
        }
        throw p.error("Missing a property name or method definition.", t);
    }

    /** Skips tokens up to (not including) the '}' at this nesting level, or to the end of the script. */
    private void skipToClosingBrace() {
        int depth = 0;
        while (true) {
            Token t = p.peek(Mode.EXPRESSION);
            if (t.is(TokenKind.EOF) || t.isOperator("}") && depth == 0) {
                return;
            }
            if (t.isOperator("{") || t.isOperator("@{") || t.isOperator("$(") || t.isOperator("@(") || t.isOperator("(")) {
                depth++;
            } else if (t.isOperator("}") || t.isOperator(")")) {
                depth--;
            }
            p.next(Mode.EXPRESSION);
        }
    }

    private void endOfMember() {
        Token t = p.peek(Mode.EXPRESSION);
        if (!(t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMICOLON) || t.isOperator("}") || t.is(TokenKind.EOF))) {
            throw p.error("Unexpected token '" + t.text() + "' in class member.", t);
        }
    }

    private TypeDefinitionAst.MethodDef parseMethod(String className, Token name, TypeName returnType, Token typeAt,
                                                    List<AttributeNode> attributes, boolean isStatic, boolean hidden,
                                                    Position memberStart) {
        inMethodHeader = true;
        List<Parameter> parameters = p.parseParameterList();
        int afterParams = p.offset;
        boolean constructor = name.text().equalsIgnoreCase(className);
        // SemanticChecks.cs reports these after the syntax errors; the method is parsed on.
        if (constructor && returnType != null) {
            p.semanticErrors.add(p.error("ConstructorCantHaveReturnType", "A constructor cannot specify a return type.", typeAt));
        }
        if (constructor && isStatic && !parameters.isEmpty()) {
            p.semanticErrors.add(p.error("StaticConstructorCantHaveParameters", "A static constructor cannot have any parameters.", name));
        }
        List<Expression> baseArguments = null;
        p.skipNewlines();
        Token colon = p.peek(Mode.EXPRESSION);
        if (constructor && !isStatic && colon.text().equals(":")) {
            Token colonToken = p.next(Mode.EXPRESSION);
            p.skipNewlines();
            Token base = p.peek(Mode.EXPRESSION);
            if (!base.isWord("base")) {
                throw p.errorAt("MissingBaseCtorCall", "Missing 'base' after ':' in constructor.", colonToken.end());
            }
            p.next(Mode.EXPRESSION);
            p.skipNewlines();
            if (!p.peek(Mode.EXPRESSION).isOperator("(")) {
                throw p.errorAt("MissingMethodParameterList", "Missing '(' in class method parameter list.", base.end());
            }
            p.next(Mode.EXPRESSION);
            try {
                baseArguments = p.parseArguments();
            } catch (ParseException e) {
                if (!e.errorId().equals("MissingEndParenthesisInMethodCall")) {
                    throw e;
                }
                // Parser.cs goes on as if the ')' were there: the body must follow.
                p.report(e);
                baseArguments = List.of();
            }
        }
        p.skipNewlines();
        Token open = p.peek(Mode.EXPRESSION);
        if (!open.isOperator("{")) {
            throw p.errorAt("MissingFunctionBody", "Missing function body in function declaration.", afterParams);
        }
        inMethodHeader = false;
        rejectScriptBlockForms(open);
        Block body = p.parseBlock();
        return new TypeDefinitionAst.MethodDef(name.text(), returnType, parameters, body, isStatic, hidden, constructor,
                baseArguments, attributes, name.position(), memberStart);
    }

    /** A method body is a plain statement list: no param block, no begin/process/end. */
    private void rejectScriptBlockForms(Token open) {
        int save = p.offset;
        p.next(Mode.EXPRESSION);
        p.skipTerminators();
        Token first = p.peek(Mode.COMMAND);
        int after = first.end();
        p.rewind(after);
        p.skipNewlines();
        Token second = p.peek(Mode.EXPRESSION);
        p.rewind(save);
        // Reported, and the body is still parsed (as a plain statement list) so the class goes on.
        if (first.isWord("param") && second.isOperator("(")) {
            p.semanticErrors.add(p.error("ParamBlockNotAllowedInMethod", "A param block is not allowed in a class method.", first));
        }
        if ((first.isWord("begin") || first.isWord("process") || first.isWord("end") || first.isWord("dynamicparam"))
                && second.isOperator("{")) {
            p.semanticErrors.add(p.error("NamedBlockNotAllowedInMethod", "A named block is not allowed in a class method.", first));
        }
    }

    // ---------------------------------------------------------------- enums

    private TypeDefinitionAst parseEnum(String name, List<AttributeNode> attributes, Position at) {
        TypeName underlying = null;
        p.skipNewlines();
        if (p.peek(Mode.EXPRESSION).text().equals(":")) {
            Token colon = p.next(Mode.EXPRESSION);
            p.skipNewlines();
            underlying = typeNameAfterColon(colon);
        }
        Token open = openBody("enum");
        List<TypeDefinitionAst.EnumMember> members = new ArrayList<>();
        while (true) {
            p.skipTerminators();
            Token t = p.peek(Mode.EXPRESSION);
            if (t.isOperator("}")) {
                p.next(Mode.EXPRESSION);
                break;
            }
            if (t.is(TokenKind.EOF)) {
                throw p.errorAt("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", open.end());
            }
            if (!t.is(TokenKind.IDENTIFIER)) {
                throw p.errorAt("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", open.end());
            }
            p.next(Mode.EXPRESSION);
            Expression value = null;
            boolean missingValue = false;
            if (p.peek(Mode.EXPRESSION).isOperator("=")) {
                Token eq = p.next(Mode.EXPRESSION);
                Token v = p.peek(Mode.EXPRESSION);
                if (v.is(TokenKind.EOF) || v.isOperator("}") || v.is(TokenKind.NEWLINE) || v.is(TokenKind.SEMICOLON)) {
                    // Parser.cs EnumMemberRule reports it and goes on with the next member (or the '}').
                    p.report(p.errorAt("ExpectedValueExpression", "You must provide a value expression following the '=' operator.", eq.end()));
                    missingValue = true;
                } else {
                    value = p.parseExpression();
                }
            }
            members.add(new TypeDefinitionAst.EnumMember(t.text(), value, t.position()));
            if (!missingValue) {
                endOfMember();
            }
        }
        return new TypeDefinitionAst.EnumDef(name, attributes, underlying, members, at);
    }
}
