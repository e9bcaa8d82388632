package io.openecma.powershell.cmdlets.addtype;

import io.openecma.powershell.cmdlets.addtype.CSharpSyntax.Range;

import java.util.List;
import java.util.Map;

/**
 * Computes an enum member's constant value as C# does: integer literals, earlier members, and
 * the operators {@code | & ^ ~ << >> + - *} with parentheses (and casts to the underlying type).
 */
final class EnumValues {

    private final TokenCursor c;
    private final Map<String, Long> known;
    private final String enumName;

    private EnumValues(List<CSharpToken> tokens, Range range, Map<String, Long> known, String enumName) {
        this.c = new TokenCursor(tokens, range.start(), range.end());
        this.known = known;
        this.enumName = enumName;
    }

    static long evaluate(List<CSharpToken> tokens, Range range, Map<String, Long> known, String enumName) {
        EnumValues e = new EnumValues(tokens, range, known, enumName);
        long v = e.or();
        if (!e.c.atEnd()) {
            throw CSharpCompileError.unsupported(e.c.peek(), "This enum value expression");
        }
        return v;
    }

    private long or() {
        long v = xor();
        while (c.accept("|")) {
            v |= xor();
        }
        return v;
    }

    private long xor() {
        long v = and();
        while (c.accept("^")) {
            v ^= and();
        }
        return v;
    }

    private long and() {
        long v = shift();
        while (c.accept("&")) {
            v &= shift();
        }
        return v;
    }

    private long shift() {
        long v = additive();
        while (true) {
            if (c.accept("<<")) {
                v <<= additive();
            } else if (c.peek().is(">") && c.peek(1).is(">")) {
                c.next();
                c.next();
                v >>= additive();
            } else {
                return v;
            }
        }
    }

    private long additive() {
        long v = multiplicative();
        while (true) {
            if (c.accept("+")) {
                v += multiplicative();
            } else if (c.accept("-")) {
                v -= multiplicative();
            } else {
                return v;
            }
        }
    }

    private long multiplicative() {
        long v = unary();
        while (c.accept("*")) {
            v *= unary();
        }
        return v;
    }

    private long unary() {
        if (c.accept("~")) {
            return ~unary();
        }
        if (c.accept("-")) {
            return -unary();
        }
        if (c.accept("(")) {
            if (c.peek().kind() == CSharpToken.Kind.IDENTIFIER && CSharpTypeResolver.isKeyword(c.peek().text()) && c.peek(1).is(")")) {
                c.next();
                c.next();
                return unary(); // a cast to the underlying type
            }
            long v = or();
            c.expect(")");
            return v;
        }
        CSharpToken t = c.next();
        if (t.kind() == CSharpToken.Kind.NUMBER) {
            String s = t.text().toLowerCase(java.util.Locale.ROOT).replaceAll("(ul|lu|u|l)$", "");
            return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseUnsignedLong(s);
        }
        if (t.kind() == CSharpToken.Kind.IDENTIFIER) {
            String name = t.text();
            if (name.equals(enumName) && c.accept(".")) {
                name = c.identifier().text();
            }
            Long v = known.get(name);
            if (v == null) {
                throw new CSharpCompileError(t, "CS0103", "The name '" + name + "' does not exist in the current context");
            }
            return v;
        }
        throw CSharpCompileError.unsupported(t, "This enum value expression");
    }
}
