package io.openecma.powershell.types.language.ast;

/** System.Tuple`2 as the Ast API hands it out (IfStatementAst.Clauses, ErrorStatementAst.Flags values). */
public final class AstTuple {

    private final Object item1;
    private final Object item2;

    public AstTuple(Object item1, Object item2) {
        this.item1 = item1;
        this.item2 = item2;
    }

    public Object getItem1() {
        return item1;
    }

    public Object getItem2() {
        return item2;
    }

    @Override
    public String toString() {
        return "(" + item1 + ", " + item2 + ")";
    }
}
