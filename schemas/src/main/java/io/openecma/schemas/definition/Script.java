package io.openecma.schemas.definition;

/** A script file of the definition folder and its text (BOM removed). */
public record Script(String file, String body) {
}
