package io.openecma.schemas.ecma;

/** Data type of a schema attribute (Microsoft.MetadirectoryServices.AttributeType). Integer is 64-bit. */
public enum AttributeType {
    String, Integer, Reference, Binary, Boolean, Undefined
}
