package dk.mentor.kit.codes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.catalog.CodeListEntryChanged;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Keeps a service's {@code code_list_entry} rows in step with catalog's: a service that consumes
 * {@code catalog.code-list.v1} runs these routes through the kit's idempotent consumer. A replayed event
 * is skipped by the inbox, and a late one by the version: only a higher version replaces a row.
 */
@ApplicationScoped
public class CodeListReplica {

    private static final Logger LOG = Logger.getLogger(CodeListReplica.class);

    @Inject
    ObjectMapper json;

    @Inject
    CodeListStore store;

    public EventRoutes routes() {
        return EventRoutes.with(json).on(CodeListEntryChanged.class, this::apply);
    }

    void apply(CodeListEntryChanged e, IncomingEvent event) {
        var list = CodeList.named(e.list());
        if (list.isEmpty()) {
            LOG.infof("code list %s is not one this version knows; event %s skipped", e.list(), event.id());
            return;
        }
        boolean written = store.apply(new CodeListEntry(list.get(), e.code(), e.nameDa(), e.nameEn(), e.validFrom(),
                e.validTo(), e.version(), e.legalLine(), e.law(), e.paragraph(), e.anonymousAllowed(), e.grantMonths(),
                e.roles(), e.kind()));
        if (!written) {
            LOG.debugf("code list entry %s/%s version %d is not newer than the replica's; skipped", e.list(), e.code(), e.version());
        }
    }
}
