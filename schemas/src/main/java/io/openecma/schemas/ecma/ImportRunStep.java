package io.openecma.schemas.ecma;

/** The watermark the previous Import page returned, given to the next call (ImportRunStep / GetImportEntriesRunStep). */
public record ImportRunStep(String customData) {
}
