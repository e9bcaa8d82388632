package io.openecma.worker;

import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportItem;
import io.openecma.schemas.events.Message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Export batches as sync-core builds them. */
final class Batches {

    private Batches() {
    }

    static ExportItem item(String anchorAttribute, String anchor, ObjectModificationType type, AttributeChange... changes) {
        List<AnchorAttribute> anchors = type == ObjectModificationType.Add ? List.of()
                : List.of(new AnchorAttribute(anchorAttribute, anchor));
        return new ExportItem(anchor, 1, new CSEntryChange(UUID.randomUUID(), "User", anchor, type, anchors, List.of(changes)));
    }

    static ExportBatch batch(String connector, ExportItem... items) {
        return new ExportBatch(Message.CURRENT_VERSION, UUID.randomUUID(), connector, ExportType.AttributeReplace, 1,
                List.of(items), Instant.now());
    }
}
