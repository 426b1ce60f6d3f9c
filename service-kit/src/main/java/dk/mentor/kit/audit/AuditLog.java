package dk.mentor.kit.audit;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/** Writes the audit trail: who, through which client, acting for which municipality, did what to which subject, why, when. */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeterRegistry metrics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ReadAuditWriter readWriter;

    @Inject
    PendingReadAudits pendingReads;

    @Inject
    CurrentVertxRequest currentRequest;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    Optional<String> schema;

    static final String WRITES = "mentor.audit.writes";

    /**
     * An allowed action. A change's entry is written in the caller's transaction, so it commits with
     * the change it describes. A read (GET or HEAD, which change nothing) has no change to commit with:
     * its entry goes to the group commit of {@link ReadAuditWriter}, and the answer waits for it.
     */
    public void allowed(String action, ResourceScope scope, String actingMunicipality, String purpose) {
        AuditEntry entry = entry(AuditEntry.Outcome.ALLOWED, action, scope, actingMunicipality, purpose);
        if (answeringARead()) {
            pendingReads.add(readWriter.write(entry));
            return;
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            write(entry);
            countOnCommit(AuditEntry.Outcome.ALLOWED);
        });
    }

    /** A denied attempt, in a transaction of its own: the request fails, the record of it must stay. */
    public void denied(String action, ResourceScope scope, String purpose) {
        AuditEntry entry = entry(AuditEntry.Outcome.DENIED, action, scope, null, purpose);
        QuarkusTransaction.requiringNew().run(() -> {
            write(entry);
            countOnCommit(AuditEntry.Outcome.DENIED);
        });
    }

    /** Inserts the entry in the current transaction, on its connection. */
    private void write(AuditEntry entry) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(AuditRows.insert(schema, 1))) {
                AuditRows.bind(insert, List.of(entry));
                insert.executeUpdate();
            }
        });
    }

    /** Whether this runs for an HTTP GET or HEAD; consumers and scheduled jobs have no request. */
    private boolean answeringARead() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext request = currentRequest.getCurrent();
        return request != null && (request.request().method() == HttpMethod.GET || request.request().method() == HttpMethod.HEAD);
    }

    /** Counts the entry once its transaction commits: an entry rolled back with its change was never written. */
    private void countOnCommit(AuditEntry.Outcome outcome) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    metrics.counter(WRITES, "outcome", outcome.name()).increment();
                }
            }
        });
    }

    private AuditEntry entry(AuditEntry.Outcome outcome, String action, ResourceScope scope,
                             String actingMunicipality, String purpose) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actorSubject = caller.subject();
        entry.actorName = caller.username();
        entry.actorClient = caller.client();
        entry.actorMunicipalities = String.join(",", caller.municipalities());
        entry.actingMunicipality = actingMunicipality;
        entry.ownerMunicipality = scope.owner();
        entry.action = action;
        entry.subjectType = scope.subjectType();
        entry.subjectId = scope.subjectId();
        entry.purpose = purpose;
        entry.outcome = outcome;
        return entry;
    }
}
