package io.openecma.runtime.ecma2;

/** {@code KeyedCollection[string, ConfigParameter]}: $ConfigParameters, keyed by parameter name. */
public final class ConfigParameterKeyedCollection extends KeyedCollection<ConfigParameter> {

    public ConfigParameterKeyedCollection() {
        super(ConfigParameter::getName);
    }
}
