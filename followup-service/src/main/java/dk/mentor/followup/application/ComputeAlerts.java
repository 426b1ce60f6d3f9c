package dk.mentor.followup.application;

import dk.mentor.followup.domain.Alert;
import dk.mentor.followup.infra.persistence.DueItemRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What is due on the active plans of the caller's municipalities today, by the injected clock. The
 * due items are stored with each plan (PlanDueItems), so a page is one query and a capped count, however
 * many plans lie behind it, counted in the same query. Only what is due is listed, never plan content, so the list is not audited per plan.
 */
@ApplicationScoped
public class ComputeAlerts {

    @Inject
    Caller caller;
    @Inject
    DueItemRepository dueItems;
    @Inject
    UnwrittenDueItems unwritten;
    @Inject
    Clock clock;

    /** How many days before a mentor agreement ends it shows as expiring. */
    @ConfigProperty(name = "followup.alerts.agreement-warning-days", defaultValue = "30")
    int agreementWarningDays;

    /** How far a list that can grow large is counted (see CappedCount). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    /**
     * Not one transaction: the plans whose due items were never written are written first (UnwrittenDueItems),
     * and then the page is read in one.
     */
    public <T> Page<T> forCaller(Alert.Kind kind, PageRequest page, Function<Alert, T> mapper) {
        if (caller.municipalities().isEmpty()) {
            return Page.slice(List.of(), page, mapper);
        }
        unwritten.writeFor(caller.municipalities());
        LocalDate today = DanishTime.today(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            DueItemRepository.AlertPage found = dueItems.page(caller.municipalities(), kind, today, agreementWarningDays,
                    page, CappedCount.limit(page, countCap));
            return Page.of(found.alerts(), page, found.total(), mapper);
        });
    }
}
