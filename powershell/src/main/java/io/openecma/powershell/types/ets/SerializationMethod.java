package io.openecma.powershell.types.ets;

/** System.Management.Automation.SerializationMethod: the values a SerializationMethod note converts to. */
public enum SerializationMethod {
    AllPublicProperties, String, SpecificProperties
}
