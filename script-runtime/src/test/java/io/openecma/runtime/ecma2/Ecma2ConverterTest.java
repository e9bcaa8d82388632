package io.openecma.runtime.ecma2;

import io.openecma.powershell.runtime.PSObject;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.ecma.ValueChange;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data model to script objects and back: what goes in comes out, what a script sets is what the model gets. */
class Ecma2ConverterTest {

    private static final Schema SCHEMA = new Schema(List.of(new SchemaType("User", true, List.of(
            SchemaAttribute.anchor("EmployeeId", AttributeType.String),
            SchemaAttribute.singleValued("isActive", AttributeType.Boolean),
            SchemaAttribute.singleValued("photo", AttributeType.Binary),
            new SchemaAttribute("groups", AttributeType.Reference, true, false, AttributeOperation.ImportOnly),
            SchemaAttribute.singleValued("level", AttributeType.Integer)))));

    @Test
    void schemaRoundTrips() {
        assertEquals(SCHEMA, Ecma2Converter.toModel(Ecma2Converter.toScript(SCHEMA)));
    }

    @Test
    void csEntryChangeRoundTripsWithEveryKindOfChange() {
        String photo = Base64.getEncoder().encodeToString(new byte[]{9, 8, 7});
        CSEntryChange model = new CSEntryChange(UUID.randomUUID(), "User", "CN=1,OBJECT=USER", ObjectModificationType.Update,
                List.of(new AnchorAttribute("EmployeeId", "1")),
                List.of(AttributeChange.replace("isActive", true),
                        AttributeChange.add("photo", photo),
                        AttributeChange.update("groups", List.of(ValueChange.delete("CN=a"), ValueChange.add("CN=b"))),
                        AttributeChange.add("level", 7L),
                        AttributeChange.delete("title")));

        io.openecma.runtime.ecma2.CSEntryChange script = Ecma2Converter.toScript(model, SCHEMA);
        assertArrayEquals(new Byte[]{9, 8, 7}, (Byte[]) script.getAttributeChanges().get_Item("photo").getValueChanges().get(0).getValue());
        assertEquals(AttributeType.Boolean, script.getAttributeChanges().get_Item("isActive").getDataType());
        assertEquals(AttributeType.Reference, script.getAttributeChanges().get_Item("groups").getDataType());

        assertEquals(model, Ecma2Converter.toModel(script));
    }

    @Test
    void whatAnImportScriptSetsIsWhatTheModelGets() {
        io.openecma.runtime.ecma2.CSEntryChange c = io.openecma.runtime.ecma2.CSEntryChange.Create();
        c.setObjectType("User");
        c.setObjectModificationType(ObjectModificationType.Add);
        c.setDN("CN=7,OBJECT=USER");
        c.getAnchorAttributes().add(io.openecma.runtime.ecma2.AnchorAttribute.Create("EmployeeId", new PSObject("7")));
        c.getAttributeChanges().add(io.openecma.runtime.ecma2.AttributeChange.CreateAttributeAdd("level", 3));
        c.getAttributeChanges().add(io.openecma.runtime.ecma2.AttributeChange.CreateAttributeAdd("groups", new Object[]{"CN=a", "CN=b"}));
        c.getAttributeChanges().add(io.openecma.runtime.ecma2.AttributeChange.CreateAttributeAdd("isActive", false));

        CSEntryChange model = Ecma2Converter.toModel(c);
        assertEquals(c.getIdentifier(), model.identifier());
        assertEquals("CN=7,OBJECT=USER", model.dn());
        assertEquals("7", model.anchor("employeeid").orElseThrow().value());
        assertEquals(List.of(3L), model.attribute("level").orElseThrow().addedValues());
        assertEquals(List.of("CN=a", "CN=b"), model.attribute("groups").orElseThrow().addedValues());
        assertEquals(List.of(false), model.attribute("isActive").orElseThrow().addedValues());
    }

    @Test
    void aValueTheModelCannotHoldIsAnErrorNamingTheAttribute() {
        io.openecma.runtime.ecma2.CSEntryChange c = io.openecma.runtime.ecma2.CSEntryChange.Create();
        c.setObjectModificationType(ObjectModificationType.Add);
        c.getAttributeChanges().add(io.openecma.runtime.ecma2.AttributeChange.CreateAttributeAdd("salary", 12.5d));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ecma2Converter.toModel(c));
        assertTrue(e.getMessage().contains("'salary'") && e.getMessage().contains("Double"), e.getMessage());
    }

    @Test
    void aForeignObjectWhereAnEcma2ObjectBelongsIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ecma2Converter.expect(new PSObject(), io.openecma.runtime.ecma2.CSEntryChange.class,
                        "GetImportEntriesResults.CSEntries[3]"));
        assertEquals("GetImportEntriesResults.CSEntries[3] holds a PSCustomObject where a "
                + "Microsoft.MetadirectoryServices.CSEntryChange belongs.", e.getMessage());
    }

    @Test
    void importErrorsAreKeptApart() {
        io.openecma.runtime.ecma2.CSEntryChange c = io.openecma.runtime.ecma2.CSEntryChange.Create();
        c.setDN("CN=9");
        c.setErrorCodeImport(MAImportError.ImportErrorCustomContinueRun);
        c.setErrorName("BadRow");
        c.setErrorDetail("row 9 has no name");
        Ecma2Converter.ImportEntryError error = Ecma2Converter.importError(c).orElseThrow();
        assertEquals("row 9 has no name", error.errorDetail());
        assertEquals(MAImportError.ImportErrorCustomContinueRun, error.code());
        assertTrue(Ecma2Converter.importError(io.openecma.runtime.ecma2.CSEntryChange.Create()).isEmpty());
        assertEquals(null, error.objectType());
        assertEquals(List.of(), error.anchorAttributes());
        assertEquals(null, error.anchor("EmployeeId"));
    }

    @Test
    void importErrorsCarryObjectTypeAndAnchor() {
        io.openecma.runtime.ecma2.CSEntryChange c = io.openecma.runtime.ecma2.CSEntryChange.Create();
        c.setObjectType("User");
        c.getAnchorAttributes().add(io.openecma.runtime.ecma2.AnchorAttribute.Create("Id", 9L));
        c.setErrorCodeImport(MAImportError.ImportErrorInvalidAttributeValue);
        Ecma2Converter.ImportEntryError error = Ecma2Converter.importError(c).orElseThrow();
        assertEquals("User", error.objectType());
        assertEquals(List.of(new AnchorAttribute("Id", 9L)), error.anchorAttributes());
        // the only anchor attribute is the anchor, whatever the connector's anchor attribute is called
        assertEquals("9", error.anchor(null));
        assertEquals("9", error.anchor("EmployeeId"));

        c.getAnchorAttributes().add(io.openecma.runtime.ecma2.AnchorAttribute.Create("Region", "EU"));
        Ecma2Converter.ImportEntryError twoPart = Ecma2Converter.importError(c).orElseThrow();
        assertEquals("EU", twoPart.anchor("region"));
        // several anchor attributes, none the connector's: no single anchor to name
        assertEquals(null, twoPart.anchor("EmployeeId"));
    }

    @Test
    void aFlaggedEntryWithAnUnusableAnchorValueIsAnError() {
        io.openecma.runtime.ecma2.CSEntryChange c = io.openecma.runtime.ecma2.CSEntryChange.Create();
        c.getAnchorAttributes().add(io.openecma.runtime.ecma2.AnchorAttribute.Create("Id", new Object()));
        c.setErrorCodeImport(MAImportError.ImportErrorInvalidAttributeValue);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ecma2Converter.importError(c));
        assertTrue(e.getMessage().contains("'Id'"), e.getMessage());
    }

    @Test
    void exportResultRoundTrips() {
        CSEntryChangeResult model = new CSEntryChangeResult(UUID.randomUUID(),
                List.of(AttributeChange.add("EmployeeId", "42")), MAExportError.ExportErrorCustomContinueRun, "Dup", "exists");
        assertEquals(model, Ecma2Converter.toModel(Ecma2Converter.toScript(model)));
    }
}
