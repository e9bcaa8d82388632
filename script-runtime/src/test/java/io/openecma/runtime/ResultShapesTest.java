package io.openecma.runtime;

import io.openecma.powershell.runtime.PSObject;
import io.openecma.runtime.ecma2.OpenImportConnectionResults;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.Schema;
import io.openecma.schemas.definition.ScriptKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Return shapes per script kind: a wrong one names the script, the expected type and what came back. */
class ResultShapesTest {

    private final List<String> warnings = new ArrayList<>();
    private final ScriptStreams streams = (script, stream, text) -> warnings.add(script + " " + stream + ": " + text);

    @Test
    void theExpectedObjectIsTakenAndStrayOutputReported() {
        Schema schema = Schema.Create();
        assertSame(schema, ResultShapes.single(ScriptKind.Schema, "Schema.ps1", List.of(0, new PSObject(schema)), Schema.class, streams));
        assertEquals(List.of("Schema.ps1 warning: ignored output of the script: a Integer (0)"), warnings);
    }

    @Test
    void aWrongReturnTypeIsAClearError() {
        ScriptFailedException e = assertThrows(ScriptFailedException.class, () -> ResultShapes.single(ScriptKind.BeginImport,
                "BeginImport.ps1", List.of("done"), OpenImportConnectionResults.class, streams));
        assertEquals("Begin Import Script (BeginImport.ps1): must return one "
                + "Microsoft.MetadirectoryServices.OpenImportConnectionResults, but returned a string (\"done\").", e.getMessage());

        ScriptFailedException none = assertThrows(ScriptFailedException.class, () -> ResultShapes.single(ScriptKind.Schema,
                "Schema.ps1", List.of(), Schema.class, streams));
        assertEquals("Schema Script (Schema.ps1): must return one Microsoft.MetadirectoryServices.Schema, but returned nothing.",
                none.getMessage());

        ScriptFailedException two = assertThrows(ScriptFailedException.class, () -> ResultShapes.single(ScriptKind.Schema,
                "Schema.ps1", List.of(Schema.Create(), Schema.Create()), Schema.class, streams));
        assertEquals("Schema Script (Schema.ps1): must return one Microsoft.MetadirectoryServices.Schema, but returned 2 of them.",
                two.getMessage());
    }

    @Test
    void partitionsMayComeOneByOneOrAsAList() {
        Partition a = Partition.Create(UUID.randomUUID(), "DC=a", "a");
        Partition b = Partition.Create(UUID.randomUUID(), "DC=b", "b");
        assertEquals(List.of(a, b), ResultShapes.many(ScriptKind.Partition, "P.ps1", List.of(a, b), Partition.class));
        assertEquals(List.of(a, b), ResultShapes.many(ScriptKind.Partition, "P.ps1", List.of(List.of(a, b)), Partition.class));
        ScriptFailedException e = assertThrows(ScriptFailedException.class,
                () -> ResultShapes.many(ScriptKind.Partition, "P.ps1", List.of(a, "b"), Partition.class));
        assertEquals("Partition Script (P.ps1): must return Microsoft.MetadirectoryServices.Partition objects, "
                + "but returned a string (\"b\").", e.getMessage());
    }

    @Test
    void aScriptErrorCarriesScriptLineAndColumn() {
        ScriptFailedException e = new ScriptFailedException(ScriptKind.Export, "Export.ps1", "boom", 12, 5,
                "Microsoft.MetadirectoryServices.ServerDownException", null);
        assertEquals("Export Script (Export.ps1:12:5): boom", e.getMessage());
        assertEquals(true, e.isTransient());
        assertEquals(io.openecma.schemas.events.PasswordErrorKind.TRANSIENT, PasswordRejectedException.kindOf(e));
        ScriptFailedException policy = new ScriptFailedException(ScriptKind.Password, "Password.ps1", "short", 3, 1,
                "Microsoft.MetadirectoryServices.PasswordPolicyViolationException", null);
        PasswordRejectedException rejected = new PasswordRejectedException(policy, PasswordRejectedException.kindOf(policy));
        assertEquals(io.openecma.schemas.events.PasswordErrorKind.POLICY_VIOLATION, rejected.errorKind());
        assertEquals("Password Extension Script (Password.ps1:3:1): short", rejected.getMessage());
    }
}
