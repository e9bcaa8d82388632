package io.openecma.schemas.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every contract: what Java writes validates against its JSON Schema and reads back equal. */
class ContractJsonTest {

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("scim-change-event.schema.json", Samples.scimChangeEvent()),
                Arguments.of("export-batch.schema.json", Samples.exportBatch()),
                Arguments.of("export-result.schema.json", Samples.exportResult()),
                Arguments.of("import-request.schema.json", Samples.importRequest()),
                Arguments.of("schema-request.schema.json", Samples.schemaRequest()),
                Arguments.of("import-page.schema.json", Samples.importPage()),
                Arguments.of("schema-result.schema.json", Samples.schemaResult()),
                Arguments.of("password-request.schema.json", Samples.passwordRequest()),
                Arguments.of("password-result.schema.json", Samples.passwordResult()),
                Arguments.of("scim-outcome.schema.json", Samples.scimOutcome()),
                Arguments.of("scim-outcome.schema.json", Samples.failedOutcome()),
                Arguments.of("connector-snapshot.schema.json", Samples.connectorSnapshot()),
                Arguments.of("dead-letter.schema.json", Samples.deadLetter()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("messages")
    void javaOutputValidatesAndReadsBackEqual(String schemaFile, Message message) {
        String json = Json.write(message);

        assertEquals(List.of(), ContractSchemas.validate(schemaFile, json), json);
        assertEquals(message, Json.read(json, message.getClass()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("messages")
    void everyMissingRequiredFieldFailsValidation(String schemaFile, Message message) throws Exception {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(Json.write(message));
        List<String> accepted = new ArrayList<>();
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            ObjectNode without = tree.deepCopy();
            without.remove(field);
            if (ContractSchemas.validate(schemaFile, without.toString()).isEmpty()) {
                accepted.add(field);
            }
        }
        assertEquals(List.of(), accepted, "fields whose absence the schema accepted");
        assertTrue(tree.size() >= 4);
    }

    @Test
    void wrongTypesUnknownEnumValuesAndExtraFieldsFailValidation() throws Exception {
        ObjectNode event = (ObjectNode) Json.mapper().readTree(Json.write(Samples.scimChangeEvent()));

        assertFalse(ContractSchemas.validate("scim-change-event.schema.json",
                event.deepCopy().put("operation", "UPSERT").toString()).isEmpty());
        assertFalse(ContractSchemas.validate("scim-change-event.schema.json",
                event.deepCopy().put("hasPassword", "yes").toString()).isEmpty());
        assertFalse(ContractSchemas.validate("scim-change-event.schema.json",
                event.deepCopy().put("connector", "h r").toString()).isEmpty());
        assertFalse(ContractSchemas.validate("scim-change-event.schema.json",
                event.deepCopy().put("surprise", 1).toString()).isEmpty());

        ObjectNode batch = (ObjectNode) Json.mapper().readTree(Json.write(Samples.exportBatch()));
        ((ObjectNode) batch.at("/items/0/change/attributeChanges/0/valueChanges/0")).put("value", 1.5);
        assertFalse(ContractSchemas.validate("export-batch.schema.json", batch.toString()).isEmpty(),
                "a floating-point value is no ECMA2 value");
    }

    @Test
    void theResultTopicCarriesItsTypeAndReadsPolymorphically() throws Exception {
        for (WorkerResult result : List.of(Samples.exportResult(), Samples.importPage(), Samples.schemaResult(),
                Samples.passwordResult())) {
            String json = Json.write(result);
            JsonNode tree = Json.mapper().readTree(json);
            assertEquals(result.getClass().getSimpleName(), tree.get("type").asText());
            assertEquals(result, Json.read(json, WorkerResult.class));
        }
        for (WorkerRequest request : List.of(Samples.importRequest(), Samples.schemaRequest())) {
            assertEquals(request, Json.read(Json.write(request), WorkerRequest.class));
        }
    }

    @Test
    void integersReadAsLongAndBinaryTravelsAsBase64() {
        ExportBatch batch = Samples.exportBatch();
        ExportBatch read = Json.read(Json.write(batch), ExportBatch.class);

        var change = read.items().get(0).change();
        assertInstanceOf(Long.class, change.attribute("EMPLOYEENUMBER").orElseThrow().addedValues().get(0));
        assertEquals("AQID", change.attribute("photo").orElseThrow().addedValues().get(0));
        assertEquals(Boolean.TRUE, change.attribute("isactive").orElseThrow().addedValues().get(0));
    }

    @Test
    void anImportPageWrittenBeforeEntryErrorsExistedReadsAsAPageWithoutThem() throws Exception {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(Json.write(Samples.importPage()));
        tree.remove("entryErrors");

        ImportPage read = (ImportPage) Json.read(tree.toString(), WorkerResult.class);

        assertEquals(List.of(), read.entryErrors());
        assertEquals(1, read.entries().size());
    }

    @Test
    void anEntryErrorWithOnlyItsCodeValidatesAndAnUnknownCodeDoesNot() throws Exception {
        ImportPage page = new ImportPage(1, java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "hr", 2, List.of(),
                false, null, null, List.of(new ImportEntryError(null, null, null, null,
                "ImportErrorMissingAnchorComponent", null, null)));
        String json = Json.write(page);

        assertEquals(List.of(), ContractSchemas.validate("import-page.schema.json", json), json);
        assertEquals(page, Json.read(json, ImportPage.class));
        assertFalse(ContractSchemas.validate("import-page.schema.json",
                json.replace("ImportErrorMissingAnchorComponent", "Oops")).isEmpty());
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() throws Exception {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(Json.write(Samples.passwordResult()));
        tree.put("addedInALaterVersion", "x");

        PasswordResult read = Json.read(tree.toString(), PasswordResult.class);

        assertEquals("1001", read.anchor());
    }

    @Test
    void aMessageWithoutItsIdIsRejectedWithTheTypeNamed() throws Exception {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(Json.write(Samples.scimChangeEvent()));
        tree.remove("messageId");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Json.read(tree.toString(), ScimChangeEvent.class));

        assertTrue(e.getMessage().contains("ScimChangeEvent"), e.getMessage());
    }

    @Test
    void malformedJsonIsRejected() {
        assertThrows(UncheckedIOException.class, () -> Json.read("{not json", ExportBatch.class));
        assertThrows(UncheckedIOException.class, () -> Json.read("{\"type\":\"Nope\"}", WorkerResult.class));
    }
}
