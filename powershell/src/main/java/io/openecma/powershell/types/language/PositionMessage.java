package io.openecma.powershell.types.language;

/**
 * PositionUtilities.VerboseMessage (Position.cs): "At line:L char:C", the source line after "+ ",
 * and "+ " with '~' under the extent. Lines longer than 69 characters are not shortened with
 * ellipses as PowerShell does.
 */
final class PositionMessage {

    private PositionMessage() {
    }

    static String of(ScriptExtent extent) {
        String nl = io.openecma.powershell.types.facades.EnvironmentStatics.getNewLine();
        String file = extent.getFile() == null || extent.getFile().isEmpty() ? "line" : extent.getFile();
        String line = extent.getStartScriptPosition().getLine().stripTrailing();
        StringBuilder sb = new StringBuilder("At ").append(file).append(':').append(extent.getStartLineNumber())
                .append(" char:").append(extent.getStartColumnNumber()).append(nl).append("+ ");
        if (!line.isEmpty()) {
            int before = extent.getStartColumnNumber() - 1;
            int length = extent.getStartLineNumber() == extent.getEndLineNumber()
                    && extent.getEndColumnNumber() <= line.length() + 1
                    ? extent.getEndColumnNumber() - extent.getStartColumnNumber()
                    : line.length() - extent.getStartColumnNumber() + 1;
            sb.append(line.replace("\t", "    ")).append(nl).append("+ ").append(" ".repeat(Math.max(0, before)))
                    .append("~".repeat(Math.max(1, length)));
        }
        return sb.toString();
    }
}
