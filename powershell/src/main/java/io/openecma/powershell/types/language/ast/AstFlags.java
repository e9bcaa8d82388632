package io.openecma.powershell.types.language.ast;

import java.util.LinkedHashMap;

/** ErrorStatementAst.Flags: Dictionary[string, Tuple[Token, Ast]] of the switch flags read before the error. */
public final class AstFlags extends LinkedHashMap<String, Object> {

    public boolean ContainsKey(String key) {
        return containsKey(key);
    }

    public int getCount() {
        return size();
    }
}
