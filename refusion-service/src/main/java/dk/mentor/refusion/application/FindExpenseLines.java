package dk.mentor.refusion.application;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.ExpenseLineFilter;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ledger of one municipality, in posting order, and the meetings it could not price yet.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindExpenseLines {

    @Inject
    LedgerRepository ledger;

    @Inject
    MeetingRepository meetings;

    @Inject
    MunicipalityEconomy economy;

    /** A ledger grows by every meeting: a list is counted only this far (the kit's paging setting). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    public <T> Page<T> page(ExpenseLineFilter filter, PageRequest page, Function<ExpenseLine, T> mapper) {
        economy.requireReadable(filter.municipality(), "expense-ledger");
        List<ExpenseLine> lines = ledger.page(filter, page);
        return Page.of(lines, page, ledger.count(filter, page, lines.size(), countCap), mapper);
    }

    public <T> Page<T> unpriced(String municipality, PageRequest page, Function<Meeting, T> mapper) {
        economy.requireReadable(municipality, "expense-ledger");
        CappedCount total = meetings.countPendingOf(municipality, CappedCount.limit(page, countCap));
        return Page.of(meetings.pendingOf(municipality, page.offset(), page.size()), page, total, mapper);
    }

    /** One line; 404 (audited) outside the caller's municipalities, as for a line that does not exist. */
    public <T> T one(java.util.UUID id, Function<ExpenseLine, T> mapper) {
        ExpenseLine line = ledger.find(id).orElseThrow(() -> dk.mentor.kit.problem.ProblemException.notFound("expense line", id));
        economy.requireReadable(line.municipality(), "expense-ledger");
        return mapper.apply(line);
    }
}
