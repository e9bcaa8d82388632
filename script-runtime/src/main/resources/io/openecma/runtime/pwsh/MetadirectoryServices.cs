// The Microsoft.MetadirectoryServices types connector scripts use, for openecma's pwsh host
// (openecma-host.ps1 compiles this with Add-Type when the namespace is not loaded already).
// Written for openecma from the member list in its compatibility notes: the same members the
// embedded runtime's Java types (io.openecma.runtime.ecma2) offer, with the same construction
// shapes, so one host script builds parameters for both. Not Microsoft's assembly.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Security;

namespace Microsoft.MetadirectoryServices
{
    public enum AttributeType { String, Integer, Reference, Binary, Boolean, Undefined }
    public enum AttributeOperation { ImportOnly, ExportOnly, ImportExport }
    public enum ObjectModificationType { None, Add, Replace, Update, Delete, Unconfigured }
    public enum AttributeModificationType { Add, Replace, Update, Delete, Unconfigured }
    public enum ValueModificationType { Add, Delete, Unconfigured }
    public enum OperationType { Full, Delta, FullObject }
    public enum CloseReason { Normal, TerminatedByUser, TerminatedShuttingDown, Unknown }
    public enum MAExportType { AttributeUpdate, AttributeReplace, ObjectReplace, MultivaluedReferenceAttributeUpdate }
    public enum ConfigParameterPage { Capabilities, Connectivity, Global, Partition, RunStep, Schema }
    public enum ParameterValidationResultCode { Success, Failure }

    [Flags]
    public enum PasswordOptions { None = 0, UnlockAccount = 1, ForceChangeAtLogOn = 2, ValidatePassword = 4 }

    public enum MAExportError
    {
        Success, ExportActionConvertUpdateToAdd, ExportActionProvisioningParent, ExportActionRetryReferenceAttribute,
        ExportErrorAmbiguousUpdate, ExportErrorAnchorTooLong, ExportErrorChangeNamingAttribute,
        ExportErrorConnectedDirectoryError, ExportErrorConnectedDirectoryExistingObject,
        ExportErrorConnectedDirectoryMissingObject, ExportErrorCustomContinueRun, ExportErrorCustomStopRun,
        ExportErrorInvalidDN, ExportErrorInvalidProvisioningAttributeValue, ExportErrorMissingProvisioningAttribute,
        ExportErrorRequiredAttributeMissing, ExportErrorSyntaxViolation
    }

    public enum MAImportError
    {
        Success, ImportErrorCustomContinueRun, ImportErrorCustomStopRun, ImportErrorInvalidAttributeValue,
        ImportErrorInvalidDN, ImportErrorMissingAnchorComponent, ImportErrorMissingObjectType,
        ImportErrorMultipleObjectTypes, ImportErrorDuplicateDN
    }

    // How script values reach the types: PSObject wrappers removed, lists spread, byte[] kept whole.
    internal static class ScriptValues
    {
        internal static object Unwrap(object value)
        {
            var wrapped = value as System.Management.Automation.PSObject;
            return wrapped != null ? wrapped.BaseObject : value;
        }

        internal static List<object> ValuesOf(object valueOrValues)
        {
            var values = new List<object>();
            object v = Unwrap(valueOrValues);
            if (v == null)
            {
                return values;
            }
            var items = v as IEnumerable;
            if (items == null || v is string || v is byte[] || v is IDictionary)
            {
                values.Add(v);
                return values;
            }
            foreach (object item in items)
            {
                object one = Unwrap(item);
                if (one != null)
                {
                    values.Add(one);
                }
            }
            return values;
        }

        internal static AttributeType TypeOf(IList<object> values)
        {
            foreach (object v in values)
            {
                if (v is bool) return AttributeType.Boolean;
                if (v is byte[]) return AttributeType.Binary;
                if (v is int || v is long || v is short || v is byte) return AttributeType.Integer;
                return AttributeType.String;
            }
            return AttributeType.Undefined;
        }
    }

    // Keyed collections index by name (case-insensitive, as ECMA2Host's) and by position.
    public class NamedCollection<T> : KeyedCollection<string, T>
    {
        private readonly Func<T, string> keyOf;

        public NamedCollection(Func<T, string> keyOf) : base(StringComparer.OrdinalIgnoreCase)
        {
            this.keyOf = keyOf;
        }

        protected override string GetKeyForItem(T item)
        {
            return keyOf(item);
        }
    }

    public sealed class ConfigParameter
    {
        public ConfigParameter(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public ConfigParameter(string name, SecureString secureValue)
        {
            Name = name;
            SecureValue = secureValue;
        }

        public string Name { get; private set; }
        public string Value { get; private set; }
        public SecureString SecureValue { get; private set; }
        public bool IsEncrypted { get { return SecureValue != null; } }

        public override string ToString() { return Name; }
    }

    public sealed class ConfigParameterKeyedCollection : NamedCollection<ConfigParameter>
    {
        public ConfigParameterKeyedCollection() : base(p => p.Name) { }
    }

    public sealed class SchemaAttribute
    {
        private SchemaAttribute(string name, AttributeType dataType, bool multiValued, bool anchor, AttributeOperation operation)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A schema attribute needs a name.");
            Name = name;
            DataType = dataType;
            IsMultiValued = multiValued;
            IsAnchor = anchor;
            AllowedAttributeOperation = operation;
        }

        public static SchemaAttribute CreateAnchorAttribute(string name, AttributeType dataType)
        {
            return new SchemaAttribute(name, dataType, false, true, AttributeOperation.ImportExport);
        }

        public static SchemaAttribute CreateAnchorAttribute(string name, AttributeType dataType, AttributeOperation operation)
        {
            return new SchemaAttribute(name, dataType, false, true, operation);
        }

        public static SchemaAttribute CreateSingleValuedAttribute(string name, AttributeType dataType)
        {
            return new SchemaAttribute(name, dataType, false, false, AttributeOperation.ImportExport);
        }

        public static SchemaAttribute CreateSingleValuedAttribute(string name, AttributeType dataType, AttributeOperation operation)
        {
            return new SchemaAttribute(name, dataType, false, false, operation);
        }

        public static SchemaAttribute CreateMultiValuedAttribute(string name, AttributeType dataType)
        {
            return new SchemaAttribute(name, dataType, true, false, AttributeOperation.ImportExport);
        }

        public static SchemaAttribute CreateMultiValuedAttribute(string name, AttributeType dataType, AttributeOperation operation)
        {
            return new SchemaAttribute(name, dataType, true, false, operation);
        }

        public string Name { get; private set; }
        public AttributeType DataType { get; private set; }
        public bool IsMultiValued { get; private set; }
        public bool IsAnchor { get; private set; }
        public AttributeOperation AllowedAttributeOperation { get; private set; }

        public override string ToString() { return Name; }
    }

    public sealed class SchemaType
    {
        private SchemaType(string name, bool locked)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A schema type needs a name.");
            Name = name;
            Locked = locked;
            Attributes = new NamedCollection<SchemaAttribute>(a => a.Name);
            PossibleDNComponentsForProvisioning = new List<string>();
        }

        public static SchemaType Create(string name, bool lockAnchorDefinition)
        {
            return new SchemaType(name, lockAnchorDefinition);
        }

        public string Name { get; private set; }
        public bool Locked { get; private set; }
        public KeyedCollection<string, SchemaAttribute> Attributes { get; private set; }
        public List<string> PossibleDNComponentsForProvisioning { get; private set; }

        public IList<SchemaAttribute> AnchorAttributes
        {
            get
            {
                var anchors = new List<SchemaAttribute>();
                foreach (SchemaAttribute a in Attributes)
                {
                    if (a.IsAnchor) anchors.Add(a);
                }
                return anchors.AsReadOnly();
            }
        }

        public override string ToString() { return Name; }
    }

    public sealed class Schema
    {
        private Schema()
        {
            Types = new NamedCollection<SchemaType>(t => t.Name);
        }

        public static Schema Create() { return new Schema(); }

        public KeyedCollection<string, SchemaType> Types { get; private set; }
    }

    public sealed class Partition
    {
        private Partition(Guid identifier, string dn, string name)
        {
            Identifier = identifier;
            DN = dn;
            Name = name;
        }

        public static Partition Create(Guid identifier, string dn, string name) { return new Partition(identifier, dn, name); }

        public Guid Identifier { get; private set; }
        public string DN { get; private set; }
        public string Name { get; private set; }
        public bool HiddenByDefault { get; set; }

        public override string ToString() { return Name; }
    }

    public sealed class HierarchyNode
    {
        private HierarchyNode(string dn, string displayName)
        {
            DN = dn;
            DisplayName = displayName;
        }

        public static HierarchyNode Create(string dn, string displayName) { return new HierarchyNode(dn, displayName); }

        public string DN { get; private set; }
        public string DisplayName { get; private set; }

        public override string ToString() { return DN; }
    }

    // The connector's data folder; openecma's pwsh runtime passes it in OPENECMA_MAFOLDER.
    public static class MAUtils
    {
        public static string MAFolder
        {
            get { return Environment.GetEnvironmentVariable("OPENECMA_MAFOLDER"); }
        }
    }

    public sealed class ValueChange
    {
        private ValueChange(object value, ValueModificationType modificationType)
        {
            Value = value;
            ModificationType = modificationType;
        }

        public static ValueChange CreateValueAdd(object value)
        {
            return new ValueChange(ScriptValues.Unwrap(value), ValueModificationType.Add);
        }

        public static ValueChange CreateValueDelete(object value)
        {
            return new ValueChange(ScriptValues.Unwrap(value), ValueModificationType.Delete);
        }

        public object Value { get; private set; }
        public ValueModificationType ModificationType { get; private set; }

        public override string ToString() { return ModificationType + " " + Value; }
    }

    public sealed class AttributeChange
    {
        // The attribute name ECMA2 uses for a rename (CreateNewDN).
        private const string DnAttribute = "<dn>";

        private AttributeChange(string name, AttributeModificationType modificationType, IList<ValueChange> valueChanges)
            : this(name, modificationType, valueChanges, AttributeType.Undefined)
        {
        }

        // With the data type the schema gives the attribute (openecma's host builds exported changes so);
        // Undefined: inferred from the values.
        public AttributeChange(string name, AttributeModificationType modificationType, IList<ValueChange> valueChanges,
            AttributeType dataType)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("An attribute change needs an attribute name.");
            Name = name;
            ModificationType = modificationType;
            ValueChanges = new List<ValueChange>(valueChanges);
            var values = new List<object>();
            foreach (ValueChange v in valueChanges) values.Add(v.Value);
            DataType = dataType != AttributeType.Undefined ? dataType : ScriptValues.TypeOf(values);
        }

        private static List<ValueChange> Adds(object valueOrValues)
        {
            var changes = new List<ValueChange>();
            foreach (object v in ScriptValues.ValuesOf(valueOrValues)) changes.Add(ValueChange.CreateValueAdd(v));
            return changes;
        }

        public static AttributeChange CreateAttributeAdd(string name, object valueOrValues)
        {
            return new AttributeChange(name, AttributeModificationType.Add, Adds(valueOrValues));
        }

        public static AttributeChange CreateAttributeReplace(string name, object valueOrValues)
        {
            return new AttributeChange(name, AttributeModificationType.Replace, Adds(valueOrValues));
        }

        public static AttributeChange CreateAttributeUpdate(string name, object valueChanges)
        {
            var changes = new List<ValueChange>();
            foreach (object o in ScriptValues.ValuesOf(valueChanges))
            {
                var change = o as ValueChange;
                if (change == null)
                {
                    throw new ArgumentException("CreateAttributeUpdate takes ValueChange objects, not " + o.GetType().FullName + ".");
                }
                changes.Add(change);
            }
            return new AttributeChange(name, AttributeModificationType.Update, changes);
        }

        public static AttributeChange CreateAttributeDelete(string name)
        {
            return new AttributeChange(name, AttributeModificationType.Delete, new List<ValueChange>());
        }

        public static AttributeChange CreateNewDN(string newDn)
        {
            return new AttributeChange(DnAttribute, AttributeModificationType.Replace,
                new List<ValueChange> { ValueChange.CreateValueAdd(newDn) });
        }

        public string Name { get; private set; }
        public AttributeModificationType ModificationType { get; private set; }
        public IList<ValueChange> ValueChanges { get; private set; }
        public AttributeType DataType { get; private set; }

        public override string ToString() { return Name + " " + ModificationType; }
    }

    public sealed class AnchorAttribute
    {
        private AnchorAttribute(string name, object value)
        {
            Name = name;
            Value = value;
        }

        public static AnchorAttribute Create(string name, object value)
        {
            return new AnchorAttribute(name, ScriptValues.Unwrap(value));
        }

        public string Name { get; private set; }
        public object Value { get; private set; }

        public AttributeType DataType
        {
            get { return ScriptValues.TypeOf(new List<object> { Value }); }
        }

        public override string ToString() { return Name + "=" + Value; }
    }

    public sealed class CSEntryChange
    {
        private string rdn;

        private CSEntryChange()
        {
            Identifier = Guid.NewGuid();
            ObjectModificationType = ObjectModificationType.Unconfigured;
            ErrorCodeImport = MAImportError.Success;
            AttributeChanges = new NamedCollection<AttributeChange>(a => a.Name);
            AnchorAttributes = new NamedCollection<AnchorAttribute>(a => a.Name);
        }

        public static CSEntryChange Create() { return new CSEntryChange(); }

        public Guid Identifier { get; set; }
        public ObjectModificationType ObjectModificationType { get; set; }
        public string ObjectType { get; set; }
        public string DN { get; set; }
        public MAImportError ErrorCodeImport { get; set; }
        public string ErrorName { get; set; }
        public string ErrorDetail { get; set; }
        public KeyedCollection<string, AttributeChange> AttributeChanges { get; private set; }
        public KeyedCollection<string, AnchorAttribute> AnchorAttributes { get; private set; }

        // The RDN: set explicitly, or the first component of the DN.
        public string RDN
        {
            get
            {
                if (rdn != null || DN == null) return rdn;
                int comma = DN.IndexOf(',');
                return comma < 0 ? DN : DN.Substring(0, comma);
            }
            set { rdn = value; }
        }

        public IList<string> ChangedAttributeNames
        {
            get
            {
                var names = new List<string>();
                foreach (AttributeChange a in AttributeChanges) names.Add(a.Name);
                return names;
            }
        }

        public override string ToString() { return ObjectModificationType + " " + (DN ?? Identifier.ToString()); }
    }

    // The object a Password script works on ($CSEntry): its DN, type and attribute values.
    public sealed class CSEntry
    {
        private readonly Dictionary<string, Attrib> attributes = new Dictionary<string, Attrib>(StringComparer.OrdinalIgnoreCase);

        public CSEntry(string dn, string objectType, Dictionary<string, List<object>> values)
        {
            DN = dn;
            ObjectType = objectType;
            if (values != null)
            {
                foreach (KeyValuePair<string, List<object>> pair in values) attributes[pair.Key] = new Attrib(pair.Key, pair.Value);
            }
        }

        public Attrib this[string attributeName]
        {
            get
            {
                Attrib a;
                return attributes.TryGetValue(attributeName, out a) ? a : new Attrib(attributeName, new List<object>());
            }
        }

        public string DN { get; private set; }
        public string ObjectType { get; private set; }

        public IList<string> AttributeNames
        {
            get { return new List<string>(attributes.Keys); }
        }

        public override string ToString() { return DN; }
    }

    public sealed class Attrib
    {
        internal Attrib(string name, List<object> values)
        {
            Name = name;
            Values = (values ?? new List<object>()).AsReadOnly();
        }

        public string Name { get; private set; }
        public IList<object> Values { get; private set; }
        public bool IsPresent { get { return Values.Count > 0; } }
        public bool IsMultivalued { get { return Values.Count > 1; } }
        public object Value { get { return Values.Count == 0 ? null : Values[0]; } }
        public string StringValue { get { return Values.Count == 0 ? null : Convert.ToString(Values[0]); } }

        public override string ToString() { return StringValue ?? ""; }
    }

    public sealed class CSEntryChangeResult
    {
        private CSEntryChangeResult(Guid identifier, object attributeChanges, MAExportError errorCode, string errorName,
            string errorDetail)
        {
            Identifier = identifier;
            ErrorCode = errorCode;
            ErrorName = errorName;
            ErrorDetail = errorDetail;
            AnchorAttributes = new List<AttributeChange>();
            foreach (object o in ScriptValues.ValuesOf(attributeChanges))
            {
                var change = o as AttributeChange;
                if (change == null)
                {
                    throw new ArgumentException("CSEntryChangeResult.Create takes AttributeChange objects, not " + o.GetType().FullName + ".");
                }
                AnchorAttributes.Add(change);
            }
        }

        public static CSEntryChangeResult Create(Guid identifier, object attributeChanges, MAExportError errorCode)
        {
            return new CSEntryChangeResult(identifier, attributeChanges, errorCode, null, null);
        }

        public static CSEntryChangeResult Create(Guid identifier, object attributeChanges, MAExportError errorCode,
            string errorName, string errorDetail)
        {
            return new CSEntryChangeResult(identifier, attributeChanges, errorCode, errorName, errorDetail);
        }

        public Guid Identifier { get; private set; }
        public IList<AttributeChange> AnchorAttributes { get; private set; }
        public MAExportError ErrorCode { get; private set; }
        public string ErrorName { get; private set; }
        public string ErrorDetail { get; private set; }

        public override string ToString() { return Identifier + " " + ErrorCode; }
    }

    public sealed class PutExportEntriesResults
    {
        public PutExportEntriesResults()
        {
            CSEntryChangeResults = new List<CSEntryChangeResult>();
        }

        public PutExportEntriesResults(IList<CSEntryChangeResult> csEntryChangeResults)
        {
            CSEntryChangeResults = new List<CSEntryChangeResult>(csEntryChangeResults);
        }

        public IList<CSEntryChangeResult> CSEntryChangeResults { get; private set; }
    }

    public sealed class GetImportEntriesResults
    {
        public GetImportEntriesResults()
        {
            CSEntries = new List<CSEntryChange>();
        }

        public GetImportEntriesResults(string customData, bool moreToImport, IList<CSEntryChange> csEntries)
        {
            CustomData = customData;
            MoreToImport = moreToImport;
            CSEntries = csEntries ?? new List<CSEntryChange>();
        }

        public IList<CSEntryChange> CSEntries { get; set; }
        public bool MoreToImport { get; set; }
        public string CustomData { get; set; }
    }

    public sealed class OpenImportConnectionResults
    {
        public OpenImportConnectionResults() { }
        public OpenImportConnectionResults(string customData) { CustomData = customData; }
        public string CustomData { get; set; }
    }

    public sealed class CloseImportConnectionResults
    {
        public CloseImportConnectionResults() { }
        public CloseImportConnectionResults(string customData) { CustomData = customData; }
        public string CustomData { get; set; }
    }

    public sealed class OpenImportConnectionRunStep
    {
        public OpenImportConnectionRunStep(Partition stepPartition, OperationType importType, int pageSize, string customData)
        {
            StepPartition = stepPartition;
            ImportType = importType;
            PageSize = pageSize;
            CustomData = customData;
        }

        public Partition StepPartition { get; private set; }
        public OperationType ImportType { get; private set; }
        public int PageSize { get; private set; }
        public string CustomData { get; set; }
    }

    public sealed class ImportRunStep
    {
        public ImportRunStep() { }
        public ImportRunStep(string customData) { CustomData = customData; }
        public string CustomData { get; set; }
    }

    public sealed class CloseImportConnectionRunStep
    {
        public CloseImportConnectionRunStep(CloseReason reason, string customData)
        {
            Reason = reason;
            CustomData = customData;
        }

        public CloseReason Reason { get; private set; }
        public string CustomData { get; private set; }
    }

    public sealed class OpenExportConnectionRunStep
    {
        public OpenExportConnectionRunStep(Partition stepPartition, int batchSize, MAExportType exportType)
        {
            StepPartition = stepPartition;
            BatchSize = batchSize;
            ExportType = exportType;
        }

        public Partition StepPartition { get; private set; }
        public int BatchSize { get; private set; }
        public MAExportType ExportType { get; private set; }
    }

    public sealed class CloseExportConnectionRunStep
    {
        public CloseExportConnectionRunStep(CloseReason reason) { Reason = reason; }
        public CloseReason Reason { get; private set; }
    }

    public sealed class ParameterValidationResult
    {
        public ParameterValidationResult() { }

        public ParameterValidationResult(ParameterValidationResultCode code, string errorMessage, string errorParameter)
        {
            Code = code;
            ErrorMessage = errorMessage;
            ErrorParameter = errorParameter;
        }

        public ParameterValidationResultCode Code { get; set; }
        public string ErrorMessage { get; set; }
        public string ErrorParameter { get; set; }
    }

    // In .NET every ECMA2 exception derives from ApplicationException through ExtensionException.
    public class ExtensionException : ApplicationException
    {
        public ExtensionException() { }
        public ExtensionException(string message) : base(message) { }
        public ExtensionException(string message, Exception inner) : base(message, inner) { }
    }

    public class ExtensibleExtensionException : ExtensionException
    {
        public ExtensibleExtensionException() { }
        public ExtensibleExtensionException(string message) : base(message) { }
        public ExtensibleExtensionException(string message, Exception inner) : base(message, inner) { }
    }

    public class ServerDownException : ExtensionException
    {
        public ServerDownException() { }
        public ServerDownException(string message) : base(message) { }
        public ServerDownException(string message, Exception inner) : base(message, inner) { }
    }

    public class PasswordPolicyViolationException : ExtensionException
    {
        public PasswordPolicyViolationException() { }
        public PasswordPolicyViolationException(string message) : base(message) { }
        public PasswordPolicyViolationException(string message, Exception inner) : base(message, inner) { }
    }

    public class PasswordIllFormedException : ExtensionException
    {
        public PasswordIllFormedException() { }
        public PasswordIllFormedException(string message) : base(message) { }
        public PasswordIllFormedException(string message, Exception inner) : base(message, inner) { }
    }

    public class PasswordExtensionException : ExtensionException
    {
        public PasswordExtensionException() { }
        public PasswordExtensionException(string message) : base(message) { }
        public PasswordExtensionException(string message, Exception inner) : base(message, inner) { }
    }

    public class AccessDeniedException : ExtensionException
    {
        public AccessDeniedException() { }
        public AccessDeniedException(string message) : base(message) { }
        public AccessDeniedException(string message, Exception inner) : base(message, inner) { }
    }
}
