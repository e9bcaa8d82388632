package io.openecma.powershell.types.language;

/** System.Management.Automation.PSParseError: a parse error's message and extent (a Position token). */
public final class PSParseError {

    private final PSToken token;
    private final String message;

    PSParseError(ParseError error) {
        ScriptExtent extent = error.getExtent();
        this.token = new PSToken(PSTokenType.Position, extent.getText(), extent);
        this.message = error.getMessage();
    }

    public PSToken getToken() {
        return token;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }
}
