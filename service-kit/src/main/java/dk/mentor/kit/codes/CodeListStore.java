package dk.mentor.kit.codes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Writes code list rows: the owner's changes and a replica's applied events. A row is only ever replaced by
 * a higher version, so an event that arrives late or twice changes nothing. The look-up cache is dropped
 * once the transaction has ended, so this instance sees the change at once and never a row that rolled back.
 */
@ApplicationScoped
public class CodeListStore {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CodeLists codeLists;

    /** Writes the entry unless the row holds the same or a higher version already; says whether it wrote. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CodeListEntry e) {
        int written = em.createNativeQuery("""
                        insert into code_list_entry (list, code, name_da, name_en, valid_from, valid_to, version, legal_line,
                            law, paragraph, anonymous_allowed, grant_months, roles, kind, changed_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, now())
                        on conflict (list, code) do update set name_da = excluded.name_da, name_en = excluded.name_en,
                            valid_from = excluded.valid_from, valid_to = excluded.valid_to, version = excluded.version,
                            legal_line = excluded.legal_line, law = excluded.law, paragraph = excluded.paragraph,
                            anonymous_allowed = excluded.anonymous_allowed, grant_months = excluded.grant_months,
                            roles = excluded.roles, kind = excluded.kind, changed_at = excluded.changed_at
                        where code_list_entry.version < excluded.version""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, e.list().name())
                .setParameter(2, e.code())
                .setParameter(3, e.nameDa())
                .setParameter(4, e.nameEn(), String.class)
                .setParameter(5, e.validFrom())
                .setParameter(6, e.validTo(), java.time.LocalDate.class)
                .setParameter(7, e.version())
                .setParameter(8, e.legalLine(), String.class)
                .setParameter(9, e.law(), String.class)
                .setParameter(10, e.paragraph(), String.class)
                .setParameter(11, e.anonymousAllowed())
                .setParameter(12, e.grantMonths(), Integer.class)
                .setParameter(13, e.roles().isEmpty() ? null : String.join(",", e.roles()), String.class)
                .setParameter(14, e.kind(), String.class)
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    codeLists.invalidate();
                }
            }
        });
        return written == 1;
    }
}
