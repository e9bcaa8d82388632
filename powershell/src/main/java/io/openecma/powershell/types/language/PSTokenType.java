package io.openecma.powershell.types.language;

/** System.Management.Automation.PSTokenType (PSToken.cs), in its order. */
public enum PSTokenType {
    Unknown, Command, CommandParameter, CommandArgument, Number, String, Variable, Member, LoopLabel, Attribute, Type,
    Operator, GroupStart, GroupEnd, Keyword, Comment, StatementSeparator, NewLine, LineContinuation, Position
}
