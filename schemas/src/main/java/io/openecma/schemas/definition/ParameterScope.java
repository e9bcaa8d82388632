package io.openecma.schemas.definition;

/** Where a configuration parameter is set in ECMA2Host (its "Use"). */
public enum ParameterScope {
    Connectivity, Global, Partition, RunStep
}
