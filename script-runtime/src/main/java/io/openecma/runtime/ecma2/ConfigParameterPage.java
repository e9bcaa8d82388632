package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.ConfigParameterPage: which page asked the Validation script. */
public enum ConfigParameterPage {
    Capabilities, Connectivity, Global, Partition, RunStep, Schema
}
