package io.openecma.schemas.definition;

/**
 * The common module: its file in the definition folder, the name it is written under in the
 * connector's data folder (ECMA2Host's "Common Module Script Name (with extension)"), and its text.
 */
public record CommonModule(String file, String name, String body) {
}
