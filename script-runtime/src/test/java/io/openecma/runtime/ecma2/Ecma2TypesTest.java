package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.powershell.runtime.PSCredential;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ECMA2 types used from Java the way scripts use them. */
class Ecma2TypesTest {

    @Test
    void everyTypeScriptsNameIsRegisteredInTheNamespace() {
        Map<String, Class<?>> types = Ecma2Types.all();
        for (String name : List.of("Schema", "SchemaType", "SchemaAttribute", "ConfigParameter", "Partition",
                "HierarchyNode", "MAUtils", "CSEntryChange", "AttributeChange", "ValueChange", "AnchorAttribute",
                "CSEntryChangeResult", "MAExportError", "PutExportEntriesResults", "GetImportEntriesResults",
                "OpenImportConnectionResults", "CloseImportConnectionResults", "OpenImportConnectionRunStep",
                "ImportRunStep", "OpenExportConnectionRunStep", "CloseImportConnectionRunStep",
                "CloseExportConnectionRunStep", "ConfigParameterPage", "ParameterValidationResult",
                "ExtensibleExtensionException", "ServerDownException", "PasswordPolicyViolationException",
                "PasswordIllFormedException", "PasswordExtensionException", "ObjectModificationType",
                "AttributeModificationType", "ValueModificationType", "AttributeType", "AttributeOperation",
                "CSEntry", "MAImportError")) {
            assertTrue(types.containsKey("Microsoft.MetadirectoryServices." + name), name);
        }
        assertTrue(types.keySet().stream().noneMatch(n -> n.contains("PSCredential")), "the engine owns PSCredential");
    }

    @Test
    void schemaBuiltAsTheCsvSchemaScriptDoes() {
        Schema schema = Schema.Create();
        SchemaType user = SchemaType.Create("User", true);
        user.getAttributes().add(SchemaAttribute.CreateAnchorAttribute("EmployeeId", AttributeType.String));
        user.getAttributes().add(SchemaAttribute.CreateSingleValuedAttribute("isActive", AttributeType.Boolean, AttributeOperation.ImportExport));
        user.getAttributes().add(SchemaAttribute.CreateMultiValuedAttribute("groups", AttributeType.Reference, AttributeOperation.ImportOnly));
        schema.getTypes().add(user);

        SchemaType t = schema.getTypes().get_Item("user");
        assertEquals(3, t.getAttributes().getCount());
        assertEquals(List.of("EmployeeId"), t.getAnchorAttributes().stream().map(SchemaAttribute::getName).toList());
        assertTrue(t.getAttributes().get_Item("groups").getIsMultiValued());
        assertEquals(AttributeOperation.ImportOnly, t.getAttributes().get_Item(2).getAllowedAttributeOperation());
    }

    @Test
    void csEntryChangeBuiltAsAnImportScriptDoes() {
        CSEntryChange c = CSEntryChange.Create();
        c.setObjectType("User");
        c.setObjectModificationType(io.openecma.schemas.ecma.ObjectModificationType.Add);
        c.setDN("CN=1001,OBJECT=USER");
        c.getAnchorAttributes().add(AnchorAttribute.Create("EmployeeId", "1001"));
        c.getAttributeChanges().add(AttributeChange.CreateAttributeAdd("firstName", "Ada"));
        c.getAttributeChanges().add(AttributeChange.CreateAttributeAdd("phones", List.of("1", "2")));

        assertEquals("CN=1001", c.getRDN());
        assertEquals(List.of("firstName", "phones"), c.getChangedAttributeNames());
        assertEquals("Ada", c.getAttributeChanges().get_Item("FIRSTNAME").getValueChanges().get(0).getValue());
        assertEquals(2, c.getAttributeChanges().get_Item("phones").getValueChanges().size());
        assertEquals(AttributeType.String, c.getAttributeChanges().get_Item("phones").getDataType());
        assertEquals("1001", c.getAnchorAttributes().get_Item(0).getValue());
        assertEquals(MAImportError.Success, c.getErrorCodeImport());
    }

    @Test
    void attributeChangeFactories() {
        byte[] photo = {1, 2, 3};
        AttributeChange binary = AttributeChange.CreateAttributeReplace("photo", photo);
        assertEquals(1, binary.getValueChanges().size());
        assertArrayEquals(photo, (byte[]) binary.getValueChanges().get(0).getValue());
        assertEquals(AttributeType.Binary, binary.getDataType());

        AttributeChange array = AttributeChange.CreateAttributeAdd("n", new Object[]{1L, 2L});
        assertEquals(AttributeType.Integer, array.getDataType());
        assertEquals(2, array.getValueChanges().size());

        AttributeChange update = AttributeChange.CreateAttributeUpdate("mail",
                List.of(ValueChange.CreateValueDelete("old@x"), ValueChange.CreateValueAdd("new@x")));
        assertEquals(io.openecma.schemas.ecma.ValueModificationType.Delete, update.getValueChanges().get(0).getModificationType());

        AttributeChange rename = AttributeChange.CreateNewDN("CN=2,OBJECT=USER");
        assertEquals("CN=2,OBJECT=USER", rename.getValueChanges().get(0).getValue());

        assertTrue(AttributeChange.CreateAttributeDelete("title").getValueChanges().isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributeChange.CreateAttributeUpdate("mail", List.of("not a value change")));
        assertTrue(e.getMessage().contains("ValueChange"), e.getMessage());
    }

    @Test
    void exportResultsAsTheOktaScriptBuildsThem() {
        UUID id = UUID.randomUUID();
        List<Object> results = new ArrayList<>();
        results.add(CSEntryChangeResult.Create(id, null, MAExportError.Success));
        results.add(CSEntryChangeResult.Create(UUID.randomUUID(), null, MAExportError.ExportErrorCustomContinueRun, "E", "detail"));
        PutExportEntriesResults put = new PutExportEntriesResults(results);

        assertEquals(2, put.getCSEntryChangeResults().getCount());
        CSEntryChangeResult failed = (CSEntryChangeResult) put.getCSEntryChangeResults().get_Item(1);
        assertEquals("detail", failed.getErrorDetail());
        assertThrows(IllegalArgumentException.class, () -> CSEntryChangeResult.Create(null, null, MAExportError.Success));
    }

    @Test
    void anEncryptedParameterHasOnlyASecureValue() {
        ConfigParameter secret = ConfigParameter.encrypted("ApiKey_Global", "k");
        assertNull(secret.getValue());
        assertTrue(secret.getIsEncrypted());
        assertEquals("k", new PSCredential("x", secret.getSecureValue()).GetNetworkCredential().getPassword());
    }

    @Test
    void passwordOptionsAreFlags() {
        PasswordOptions none = new PasswordOptions(java.util.Set.of());
        assertEquals("None", none.toString());
        assertTrue(none.HasFlag("None"));
        PasswordOptions two = new PasswordOptions(java.util.EnumSet.of(io.openecma.schemas.ecma.PasswordOption.UnlockAccount,
                io.openecma.schemas.ecma.PasswordOption.ForceChangeAtLogOn));
        assertTrue(two.HasFlag("forcechangeatlogon"));
        assertEquals(3, two.getValue__());
    }

    @Test
    void exceptionsFollowTheDotNetHierarchy() {
        assertTrue(new PasswordPolicyViolationException("short") instanceof ExtensionException);
        assertTrue(new ServerDownException("down", new RuntimeException("x")) instanceof ExtensionException);
        assertEquals("x", new ServerDownException("down", new RuntimeException("x")).getInnerException().getMessage());
    }
}
