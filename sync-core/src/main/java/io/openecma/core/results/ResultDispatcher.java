package io.openecma.core.results;

import io.openecma.core.connector.SchemaService;
import io.openecma.core.export.ExportResultApplier;
import io.openecma.core.imports.ImportPageApplier;
import io.openecma.core.messaging.MessageLedger;
import io.openecma.core.password.PasswordResults;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.events.WorkerResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Applies one worker result in one transaction, once: the ledger entry commits with the effect. */
@ApplicationScoped
public class ResultDispatcher {

    static final String CONSUMER = "results";

    @Inject
    MessageLedger ledger;
    @Inject
    ExportResultApplier exports;
    @Inject
    ImportPageApplier imports;
    @Inject
    SchemaService schemas;
    @Inject
    PasswordResults passwords;

    @Transactional
    public void apply(WorkerResult result) {
        if (!ledger.firstDelivery(CONSUMER, result.messageId())) {
            return;
        }
        if (result instanceof ExportResult r) {
            exports.apply(r);
        } else if (result instanceof ImportPage p) {
            imports.apply(p);
        } else if (result instanceof SchemaResult s) {
            schemas.apply(s);
        } else if (result instanceof PasswordResult p) {
            passwords.apply(p);
        }
    }
}
