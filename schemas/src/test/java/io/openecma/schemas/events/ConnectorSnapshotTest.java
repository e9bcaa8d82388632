package io.openecma.schemas.events;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.Script;
import io.openecma.schemas.definition.ScriptKind;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorSnapshotTest {

    @Test
    void theContentHashDependsOnTheContentNotOnMapOrder() {
        ConnectorDefinition d = Samples.definition();
        Map<ScriptKind, Script> reversed = new LinkedHashMap<>();
        reversed.put(ScriptKind.Export, d.scripts().get(ScriptKind.Export));
        reversed.put(ScriptKind.Schema, d.scripts().get(ScriptKind.Schema));
        ConnectorDefinition sameContent = withScripts(d, reversed);
        Map<ScriptKind, Script> edited = new LinkedHashMap<>(reversed);
        edited.put(ScriptKind.Export, new Script("Export.ps1", "# export, edited\r\n"));

        String hash = ConnectorSnapshot.hashOf(d);

        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, ConnectorSnapshot.hashOf(sameContent));
        assertNotEquals(hash, ConnectorSnapshot.hashOf(withScripts(d, edited)));
    }

    private static ConnectorDefinition withScripts(ConnectorDefinition d, Map<ScriptKind, Script> scripts) {
        return new ConnectorDefinition(d.name(), d.secretTokenHash(), d.capabilities(), d.objectType(), d.anchorAttribute(),
                d.selectedAttributes(), d.scimMappings(), d.deprovisioning(), d.autosyncMinutes(), d.pageSizes(), d.runtime(),
                d.scriptTimeoutMinutes(), scripts, d.commonModule(), d.parameters(), d.credential());
    }
}
