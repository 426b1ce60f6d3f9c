package dk.mentor.followup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Collects the plans a transaction changes and rewrites their due items just before it commits, inside
 * it: the stored alerts can never disagree with committed data, and a write that fails takes its rewrite
 * with it. Every write through {@link PlanAccess#write} or {@link PlanAccess#manage} is collected; the
 * writers that reach a plan otherwise (events, hand-overs, sweeps, a new plan) say so themselves.
 */
@ApplicationScoped
public class PlanChanges {

    private static final Object KEY = PlanChanges.class;

    @Inject
    TransactionSynchronizationRegistry registry;
    @Inject
    TransactionManager transactions;
    @Inject
    PlanDueItems dueItems;
    @Inject
    EntityManager em;

    public void changed(UUID planId) {
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) registry.getResource(KEY);
        if (pending == null) {
            // sorted, so two transactions that change the same plans lock them in the same order
            pending = new TreeSet<>();
            registry.putResource(KEY, pending);
        }
        pending.add(planId);
    }

    /**
     * Registered as each transaction begins, so that it runs before Hibernate's own synchronization (which
     * joins later, with the first statement): the rewrite then flushes the transaction's changes, reads and
     * writes while Hibernate still holds the connection, and Hibernate's flush and release come after it.
     * A commit that changed no plan costs a look-up.
     */
    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        try {
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    @SuppressWarnings("unchecked")
                    Set<UUID> plans = (Set<UUID>) registry.getResource(KEY);
                    if (plans != null && !plans.isEmpty()) {
                        em.flush();
                        plans.forEach(dueItems::rewrite);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing to undo: the rewrite was part of the transaction
                }
            });
        } catch (RollbackException e) {
            // bound to roll back already: nothing of it will be stored, nor need rewriting
        } catch (SystemException e) {
            throw new IllegalStateException("A new transaction is not usable", e);
        }
    }
}
