package io.openecma.runtime.migrate;

import java.util.List;
import java.util.Optional;

/**
 * One connector of an ECMA2Host configuration export, element by element as the wizard writes it
 * ({@code Configuration/Connectors/Connector}). Values are the export's text; nothing is interpreted yet.
 */
public record Ecma2HostExport(List<Parameter> parameters, List<Parameter> runStepParameters, Entry entry,
                              String profileName, String autosyncTimer, String secretToken) {

    /** {@code ConnectorConfig/Parameters/Parameter} (or one inside a run step). */
    public record Parameter(String name, String type, String use, boolean encrypted, String value) {
        public boolean isEncrypted() {
            return encrypted || "EncryptedString".equalsIgnoreCase(type);
        }
    }

    /** {@code Schema/EntriesSchema/EntrySchema} with its attributes and deprovisioning model. */
    public record Entry(String externalName, String objectType, List<Attribute> attributes, String softDelete,
                        String hardDelete, String softDeleteStatusAttribute) {
    }

    /** {@code SchemaAttributes/AttributeSchema}. */
    public record Attribute(String name, boolean anchor, boolean dn, boolean multivalued, String dataType) {
        /** ECMA2Host lists the DN as a pseudo attribute named {@code -dn-}; it is no attribute of the target. */
        public boolean isDnPseudoAttribute() {
            return "-dn-".equals(name);
        }
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The parameter's value, or "" when the export has none or leaves it empty. */
    public String value(String name) {
        return parameter(name).map(Parameter::value).orElse("");
    }
}
