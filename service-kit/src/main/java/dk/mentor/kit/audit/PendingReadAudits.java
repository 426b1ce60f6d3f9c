package dk.mentor.kit.audit;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The audit entries a read has queued with the {@link ReadAuditWriter} and must see written before it answers. */
@RequestScoped
public class PendingReadAudits {

    private final List<CompletableFuture<Void>> pending = new ArrayList<>();

    void add(CompletableFuture<Void> written) {
        pending.add(written);
    }

    /** Waits until every queued entry is committed; false when one failed or took longer than {@code limit}. */
    boolean awaitWritten(Duration limit) {
        if (pending.isEmpty()) {
            return true;
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pending.clear();
        }
    }
}
