package dk.mentor.followup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
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

    public void changed(UUID planId) {
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) registry.getResource(KEY);
        if (pending == null) {
            // sorted, so two transactions that change the same plans lock them in the same order
            Set<UUID> plans = new TreeSet<>();
            registry.putResource(KEY, plans);
            register(plans);
            pending = plans;
        }
        pending.add(planId);
    }

    /**
     * A plain (not interposed) synchronization runs before Hibernate's own flush at commit; the rewrite
     * flushes what it needs itself, so the order does not matter for correctness.
     */
    private void register(Set<UUID> plans) {
        try {
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    plans.forEach(dueItems::rewrite);
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing to undo: the rewrite was part of the transaction
                }
            });
        } catch (RollbackException e) {
            // the transaction is already bound to roll back: nothing of it will be stored, nor need rewriting
        } catch (SystemException e) {
            throw new IllegalStateException("The transaction of a plan's change is not usable", e);
        }
    }
}
