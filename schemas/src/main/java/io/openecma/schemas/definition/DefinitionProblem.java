package io.openecma.schemas.definition;

/**
 * One thing wrong with a connector definition: the file (relative to the connectors folder, e.g.
 * {@code csv/connector.yaml}), the field in it (dotted path, null for the file as a whole) and why.
 */
public record DefinitionProblem(String file, String field, String reason) {

    @Override
    public String toString() {
        return file + (field == null ? "" : " [" + field + "]") + ": " + reason;
    }
}
