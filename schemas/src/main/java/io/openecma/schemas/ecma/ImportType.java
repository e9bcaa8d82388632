package io.openecma.schemas.ecma;

/** Kind of import run: OpenImportConnectionRunStep.ImportType. */
public enum ImportType {
    Full, Delta, FullObject
}
