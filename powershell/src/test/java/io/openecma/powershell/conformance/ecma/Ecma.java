package io.openecma.powershell.conformance.ecma;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Small test doubles of the Microsoft.MetadirectoryServices types that connector scripts use,
 * shaped like the .NET API (static factories, properties, keyed collections) so that scripts
 * written for ECMA2Host read naturally. Registered into an engine by {@link EcmaTypes}.
 */
public final class Ecma {

    private Ecma() {
    }

    public enum AttributeType { String, Integer, Reference, Binary, Boolean }

    public enum AttributeOperation { ImportOnly, ExportOnly, ImportExport }

    public enum ObjectModificationType { Unconfigured, None, Add, Replace, Update, Delete }

    public enum AttributeModificationType { Unconfigured, Add, Replace, Update, Delete }

    public enum ValueModificationType { Unconfigured, Add, Delete }

    public enum OperationType { Full, Delta, FullObject }

    public enum MAExportError { Success, ExportErrorCustomContinueRun, ExportErrorCustomStopRun, ExportErrorConnectedDirectoryError }

    /** MAUtils.MAFolder: where the host writes the common module; the test points it at a temp folder. */
    public static final class MAUtils {
        private static volatile Path maFolder;

        private MAUtils() {
        }

        public static String getMAFolder() {
            return maFolder == null ? null : maFolder.toString();
        }

        public static void useFolder(Path folder) {
            maFolder = folder;
        }
    }

    public static final class ConfigParameter {
        private final String name;
        private final String value;

        public ConfigParameter(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }
    }

    /** KeyedCollection[string, ConfigParameter], as the host passes $ConfigParameters. */
    public static final class ConfigParameterCollection extends KeyedList<ConfigParameter> {
        public ConfigParameterCollection() {
            super(ConfigParameter::getName);
        }

        public static ConfigParameterCollection of(String... namesAndValues) {
            ConfigParameterCollection c = new ConfigParameterCollection();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                c.add(new ConfigParameter(namesAndValues[i], namesAndValues[i + 1]));
            }
            return c;
        }
    }

    public static final class SchemaAttribute {
        private final String name;
        private final AttributeType dataType;
        private final boolean multiValued;
        private final boolean anchor;
        private final AttributeOperation operation;

        private SchemaAttribute(String name, AttributeType dataType, boolean multiValued, boolean anchor,
                                AttributeOperation operation) {
            this.name = name;
            this.dataType = dataType;
            this.multiValued = multiValued;
            this.anchor = anchor;
            this.operation = operation;
        }

        public static SchemaAttribute createAnchorAttribute(String name, AttributeType type) {
            return new SchemaAttribute(name, type, false, true, AttributeOperation.ImportExport);
        }

        public static SchemaAttribute createSingleValuedAttribute(String name, AttributeType type) {
            return createSingleValuedAttribute(name, type, AttributeOperation.ImportExport);
        }

        public static SchemaAttribute createSingleValuedAttribute(String name, AttributeType type, AttributeOperation op) {
            return new SchemaAttribute(name, type, false, false, op);
        }

        public static SchemaAttribute createMultiValuedAttribute(String name, AttributeType type) {
            return new SchemaAttribute(name, type, true, false, AttributeOperation.ImportExport);
        }

        public String getName() {
            return name;
        }

        public AttributeType getDataType() {
            return dataType;
        }

        public boolean getIsMultiValued() {
            return multiValued;
        }

        public boolean getIsAnchor() {
            return anchor;
        }

        public AttributeOperation getAllowedAttributeOperation() {
            return operation;
        }
    }

    public static final class SchemaType {
        private final String name;
        private final boolean lockAnchor;
        private final KeyedList<SchemaAttribute> attributes = new KeyedList<>(SchemaAttribute::getName);
        private final List<String> possibleDnComponents = new ArrayList<>();

        private SchemaType(String name, boolean lockAnchor) {
            this.name = name;
            this.lockAnchor = lockAnchor;
        }

        public static SchemaType create(String name, boolean lockAnchorAttributeDefinition) {
            return new SchemaType(name, lockAnchorAttributeDefinition);
        }

        public String getName() {
            return name;
        }

        public boolean getLockAnchorAttributeDefinition() {
            return lockAnchor;
        }

        public KeyedList<SchemaAttribute> getAttributes() {
            return attributes;
        }

        public KeyedList<SchemaAttribute> getAnchorAttributes() {
            KeyedList<SchemaAttribute> anchors = new KeyedList<>(SchemaAttribute::getName);
            attributes.stream().filter(SchemaAttribute::getIsAnchor).forEach(anchors::add);
            return anchors;
        }

        public List<String> getPossibleDNComponentsForProvisioning() {
            return possibleDnComponents;
        }
    }

    public static final class Schema {
        private final KeyedList<SchemaType> types = new KeyedList<>(SchemaType::getName);

        public static Schema create() {
            return new Schema();
        }

        public KeyedList<SchemaType> getTypes() {
            return types;
        }
    }

    public static final class ValueChange {
        private final Object value;
        private final ValueModificationType modificationType;

        private ValueChange(Object value, ValueModificationType modificationType) {
            this.value = value;
            this.modificationType = modificationType;
        }

        public static ValueChange createValueAdd(Object value) {
            return new ValueChange(value, ValueModificationType.Add);
        }

        public static ValueChange createValueDelete(Object value) {
            return new ValueChange(value, ValueModificationType.Delete);
        }

        public Object getValue() {
            return value;
        }

        public ValueModificationType getModificationType() {
            return modificationType;
        }
    }

    public static final class AttributeChange {
        private final String name;
        private final AttributeModificationType modificationType;
        private final List<ValueChange> valueChanges;

        private AttributeChange(String name, AttributeModificationType type, List<ValueChange> valueChanges) {
            this.name = name;
            this.modificationType = type;
            this.valueChanges = List.copyOf(valueChanges);
        }

        /** A single value, or a list/array of values (the IList overload of the real API). */
        public static AttributeChange createAttributeAdd(String name, Object value) {
            return new AttributeChange(name, AttributeModificationType.Add, adds(value));
        }

        public static AttributeChange createAttributeReplace(String name, Object value) {
            return new AttributeChange(name, AttributeModificationType.Replace, adds(value));
        }

        public static AttributeChange createAttributeUpdate(String name, List<ValueChange> valueChanges) {
            return new AttributeChange(name, AttributeModificationType.Update, valueChanges);
        }

        public static AttributeChange createAttributeDelete(String name) {
            return new AttributeChange(name, AttributeModificationType.Delete, List.of());
        }

        private static List<ValueChange> adds(Object value) {
            List<Object> values = value instanceof Object[] array ? Arrays.asList(array)
                    : value instanceof Iterable<?> iterable ? copy(iterable) : List.of(value);
            return values.stream().map(ValueChange::createValueAdd).toList();
        }

        private static List<Object> copy(Iterable<?> iterable) {
            List<Object> list = new ArrayList<>();
            iterable.forEach(list::add);
            return list;
        }

        public String getName() {
            return name;
        }

        public AttributeModificationType getModificationType() {
            return modificationType;
        }

        public List<ValueChange> getValueChanges() {
            return valueChanges;
        }
    }

    public static final class AnchorAttribute {
        private final String name;
        private final Object value;

        private AnchorAttribute(String name, Object value) {
            this.name = name;
            this.value = value;
        }

        public static AnchorAttribute create(String name, Object value) {
            return new AnchorAttribute(name, value);
        }

        public String getName() {
            return name;
        }

        public Object getValue() {
            return value;
        }
    }

    public static final class CSEntryChange {
        private UUID identifier = UUID.randomUUID();
        private ObjectModificationType objectModificationType = ObjectModificationType.Unconfigured;
        private String objectType;
        private String dn;
        private final KeyedList<AttributeChange> attributeChanges = new KeyedList<>(AttributeChange::getName);
        private final KeyedList<AnchorAttribute> anchorAttributes = new KeyedList<>(AnchorAttribute::getName);

        public static CSEntryChange create() {
            return new CSEntryChange();
        }

        public UUID getIdentifier() {
            return identifier;
        }

        public void setIdentifier(UUID identifier) {
            this.identifier = identifier;
        }

        public ObjectModificationType getObjectModificationType() {
            return objectModificationType;
        }

        public void setObjectModificationType(ObjectModificationType type) {
            this.objectModificationType = type;
        }

        public String getObjectType() {
            return objectType;
        }

        public void setObjectType(String objectType) {
            this.objectType = objectType;
        }

        public String getDN() {
            return dn;
        }

        public void setDN(String dn) {
            this.dn = dn;
        }

        public KeyedList<AttributeChange> getAttributeChanges() {
            return attributeChanges;
        }

        public KeyedList<AnchorAttribute> getAnchorAttributes() {
            return anchorAttributes;
        }

        public List<String> getChangedAttributeNames() {
            return attributeChanges.stream().map(AttributeChange::getName).toList();
        }
    }

    public static final class CSEntryChangeResult {
        private final UUID identifier;
        private final List<AttributeChange> attributeChanges;
        private final MAExportError errorCode;
        private final String errorName;
        private final String errorDetail;

        private CSEntryChangeResult(UUID identifier, List<AttributeChange> attributeChanges, MAExportError errorCode,
                                    String errorName, String errorDetail) {
            this.identifier = identifier;
            this.attributeChanges = attributeChanges == null ? List.of() : List.copyOf(attributeChanges);
            this.errorCode = errorCode;
            this.errorName = errorName;
            this.errorDetail = errorDetail;
        }

        public static CSEntryChangeResult create(UUID identifier, List<AttributeChange> attributeChanges,
                                                 MAExportError errorCode) {
            return new CSEntryChangeResult(identifier, attributeChanges, errorCode, null, null);
        }

        public static CSEntryChangeResult create(UUID identifier, List<AttributeChange> attributeChanges,
                                                 MAExportError errorCode, String errorName, String errorDetail) {
            return new CSEntryChangeResult(identifier, attributeChanges, errorCode, errorName, errorDetail);
        }

        public UUID getIdentifier() {
            return identifier;
        }

        public List<AttributeChange> getAttributeChanges() {
            return attributeChanges;
        }

        public MAExportError getErrorCode() {
            return errorCode;
        }

        public String getErrorName() {
            return errorName;
        }

        public String getErrorDetail() {
            return errorDetail;
        }
    }

    public static final class PutExportEntriesResults {
        private final KeyedList<CSEntryChangeResult> results = new KeyedList<>(r -> r.getIdentifier().toString());

        public PutExportEntriesResults() {
        }

        public PutExportEntriesResults(List<CSEntryChangeResult> results) {
            results.forEach(this.results::add);
        }

        public KeyedList<CSEntryChangeResult> getCSEntryChangeResults() {
            return results;
        }
    }

    public static final class GetImportEntriesResults {
        private List<CSEntryChange> csEntries = new ArrayList<>();
        private boolean moreToImport;
        private String customData;

        public List<CSEntryChange> getCSEntries() {
            return csEntries;
        }

        public void setCSEntries(List<CSEntryChange> entries) {
            this.csEntries = entries;
        }

        public boolean getMoreToImport() {
            return moreToImport;
        }

        public void setMoreToImport(boolean more) {
            this.moreToImport = more;
        }

        public String getCustomData() {
            return customData;
        }

        public void setCustomData(String customData) {
            this.customData = customData;
        }
    }

    public static final class OpenImportConnectionRunStep {
        private final OperationType importType;
        private final int pageSize;
        private final String customData;

        public OpenImportConnectionRunStep(OperationType importType, int pageSize, String customData) {
            this.importType = importType;
            this.pageSize = pageSize;
            this.customData = customData;
        }

        public OperationType getImportType() {
            return importType;
        }

        public int getPageSize() {
            return pageSize;
        }

        public String getCustomData() {
            return customData;
        }
    }

    public static final class ImportRunStep {
        private final String customData;

        public ImportRunStep(String customData) {
            this.customData = customData;
        }

        public String getCustomData() {
            return customData;
        }
    }

    /** CSEntry as the Password script sees it: DN, object type and attributes by name. */
    public static final class CSEntry {
        private final String dn;
        private final String objectType;
        private final java.util.Map<String, Attrib> attributes = new java.util.LinkedHashMap<>();

        public CSEntry(String dn, String objectType, java.util.Map<String, Object> values) {
            this.dn = dn;
            this.objectType = objectType;
            values.forEach((name, value) -> attributes.put(name, new Attrib(name, value)));
        }

        public String getDN() {
            return dn;
        }

        public String getObjectType() {
            return objectType;
        }

        /** The string indexer ({@code $CSEntry['EmployeeId']}). */
        public Attrib get(String name) {
            return attributes.get(name);
        }
    }

    /** One attribute of a CSEntry. */
    public static final class Attrib {
        private final String name;
        private final Object value;

        public Attrib(String name, Object value) {
            this.name = name;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public Object getValue() {
            return value;
        }

        public boolean getIsPresent() {
            return value != null;
        }
    }

    /** Thrown by a Password script when the target system's policy rejects the password. */
    public static final class PasswordPolicyViolationException extends RuntimeException {
        public PasswordPolicyViolationException(String message) {
            super(message);
        }
    }

    /** Thrown by a Password script when the password is not acceptable at all. */
    public static final class PasswordIllFormedException extends RuntimeException {
        public PasswordIllFormedException(String message) {
            super(message);
        }
    }

    public static final class OpenExportConnectionRunStep {
        private final OperationType exportType;
        private final int batchSize;

        public OpenExportConnectionRunStep(OperationType exportType, int batchSize) {
            this.exportType = exportType;
            this.batchSize = batchSize;
        }

        public OperationType getExportType() {
            return exportType;
        }

        public int getBatchSize() {
            return batchSize;
        }
    }
}
