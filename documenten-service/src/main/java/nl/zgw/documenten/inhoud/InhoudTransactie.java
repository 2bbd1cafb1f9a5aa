package nl.zgw.documenten.inhoud;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import nl.zgw.shared.tenant.CurrentTenant;

import java.util.List;

/**
 * Content and rows part ways never: content written for a change that rolls back is removed, and
 * content of versions or documents that are deleted is removed once the delete commits (drc-008:
 * no soft deletes).
 */
@ApplicationScoped
public class InhoudTransactie {

    private final TransactionSynchronizationRegistry transacties;
    private final InhoudOpslag opslag;

    public InhoudTransactie(TransactionSynchronizationRegistry transacties, InhoudOpslag opslag) {
        this.transacties = transacties;
        this.opslag = opslag;
    }

    /** {@code sleutel} was written for this transaction: it goes if the transaction does not commit. */
    public void nieuw(String sleutel) {
        na(status -> {
            if (status == Status.STATUS_ROLLEDBACK) { // never on an unknown outcome: the row may have committed
                opslag.verwijder(sleutel);
            }
        });
    }

    /** The content under these keys goes once this transaction commits. */
    public void weg(List<String> sleutels) {
        na(status -> {
            if (status == Status.STATUS_COMMITTED) {
                sleutels.forEach(opslag::verwijder); // each on its own: a failure is logged, the others still go
            }
        });
    }

    /**
     * {@code afloop} once the transaction ends, for the tenant of now: a transaction that times out
     * ends on the transaction reaper's thread, where no tenant is bound (ADR 0022).
     */
    private void na(java.util.function.IntConsumer afloop) {
        java.util.concurrent.Executor voorDezeTenant = CurrentTenant.boundNow(Runnable::run);
        transacties.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                voorDezeTenant.execute(() -> afloop.accept(status));
            }
        });
    }
}
