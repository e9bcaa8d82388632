package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Expression;

/**
 * {@code [PSCustomObject]@{ Name = ...; ... }} with plain names as keys, built straight into the
 * object: no hashtable is made (and dropped) on the way. The result and its errors are those of
 * evaluating the hashtable literal and converting it: entries in order, key then value, a key
 * given twice (ignoring case) is "Duplicate keys" as in a hash literal.
 */
final class CustomObjectLiteral {

    private CustomObjectLiteral() {
    }

    /** Whether every key is written as a plain name or quoted string (then each key is a String). */
    static boolean applies(Expression.Hashtable literal) {
        for (Expression.HashEntry entry : literal.entries()) {
            if (!(entry.key() instanceof Expression.StringConstant)) {
                return false;
            }
        }
        return true;
    }

    static PSObject build(Interpreter in, Expression.Hashtable literal) {
        PSObject o = new PSObject();
        for (Expression.HashEntry entry : literal.entries()) {
            String key = ((Expression.StringConstant) entry.key()).value();
            if (o.hasProperty(key)) {
                throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                        "Duplicate keys '" + key + "' are not allowed in hash literals.");
            }
            o.addNoteProperty(key, in.statementValue(entry.value()));
        }
        return o;
    }
}
