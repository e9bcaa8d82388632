package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Position;
import io.openecma.powershell.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses type-name text: {@code a.b.C}, {@code C[]}, {@code C[T1,T2]}, {@code C[[T1],[T2]]}, each
 * optionally assembly-qualified ({@code [C, mscorlib]}, {@code C[[T1, mscorlib]]}). Types resolve by
 * name here, so the assembly name is read and not used.
 */
public final class TypeNames {

    private final String text;
    private final Position at;
    private int pos;

    private TypeNames(String text, Position at) {
        // A backtick before digits is a generic arity (List`1), not an escape: keep it.
        this.text = text.indexOf('`') < 0 ? text : text.replaceAll("`(?![0-9])", "");
        this.at = at;
    }

    public static TypeName parse(String text, Position at) {
        TypeNames p = new TypeNames(text, at);
        TypeName t = p.type();
        p.skipAssemblyName();
        p.skipSpace();
        if (p.pos != p.text.length()) {
            throw new ParseException("Unexpected character '" + p.text.charAt(p.pos) + "' in type name '" + text + "'.", at);
        }
        return t;
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private TypeName type() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "._+`".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        if (pos == start) {
            throw new ParseException("Missing type name in '" + text + "'.", at);
        }
        String name = text.substring(start, pos);
        List<TypeName> args = new ArrayList<>();
        int rank = 0;
        // Parser.cs FinishTypeNameRule peeks the '[' after the name as a token, so spaces may come
        // between them: [System.Collections.Generic.List [string]].
        while (skipSpaceBefore('[')) {
            pos++;
            skipSpace();
            if (pos < text.length() && (text.charAt(pos) == ']' || text.charAt(pos) == ',')) {
                while (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                }
                expect(']');
                rank++;
                continue;
            }
            if (!args.isEmpty() || rank > 0) {
                throw new ParseException("Unexpected generic arguments in type name '" + text + "'.", at);
            }
            do {
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '[') {
                    pos++;
                    args.add(type());
                    skipAssemblyName();
                    expect(']');
                } else {
                    args.add(type());
                }
                skipSpace();
            } while (pos < text.length() && text.charAt(pos) == ',' && ++pos > 0);
            expect(']');
        }
        return new TypeName(name, args, rank);
    }

    /** Skips ", Assembly.Name[, Version=..., Culture=..., PublicKeyToken=...]" up to a ']' or the end. */
    private void skipAssemblyName() {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != ',') {
            return;
        }
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != ']') {
            pos++;
        }
        if (text.substring(start, pos).isBlank()) {
            throw new ParseException("Missing type name in '" + text + "'.", at);
        }
    }

    private boolean skipSpaceBefore(char c) {
        int save = pos;
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            return true;
        }
        pos = save;
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw new ParseException("Missing '" + c + "' in type name '" + text + "'.", at);
        }
        pos++;
    }
}
