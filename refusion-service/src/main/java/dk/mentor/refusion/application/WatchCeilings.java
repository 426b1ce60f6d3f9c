package dk.mentor.refusion.application;

import dk.mentor.contracts.events.refusion.CeilingThresholdReached;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.time.DanishTime;
import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.CeilingStatus;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.CeilingThresholdRepository;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a municipality's consumption under a ceiling, and announces CeilingThresholdReached the
 * first time it passes 80 % and 100 % in a year (once each per municipality, year and ceiling).
 */
@ApplicationScoped
public class WatchCeilings {

    private static final int[] THRESHOLDS = {80, 100};

    @Inject
    LedgerRepository ledger;

    @Inject
    RuleSetRepository rules;

    @Inject
    CeilingThresholdRepository thresholds;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    record Scope(String municipality, int year, CeilingFrame frame) {
    }

    /** Checks the ceilings the new lines count against; runs in the transaction that posted them. */
    public void check(Collection<ExpenseLine> posted) {
        Set<Scope> scopes = new LinkedHashSet<>();
        posted.stream().filter(l -> l.ceilingKind().limits())
                .forEach(l -> scopes.add(new Scope(l.municipality(), l.expenseDate().getYear(), CeilingFrame.of(l))));
        for (Scope scope : scopes) {
            status(scope.municipality(), scope.year(), scope.frame()).ifPresent(status -> announce(scope, status));
        }
    }

    /** The status of one ceiling, or empty while no amount is set for it. */
    public Optional<CeilingStatus> status(String municipality, int year, CeilingFrame frame) {
        Optional<BigDecimal> amount = RuleBook.ceilingAmount(rules.ceilingRows(frame, year), frame, municipality, year);
        LocalDate today = DanishTime.today(clock);
        return amount.map(ceiling -> CeilingStatus.of(year, frame.kind(), ceiling,
                ledger.dailyTotals(municipality, frame, year), today));
    }

    private void announce(Scope scope, CeilingStatus status) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int threshold : THRESHOLDS) {
            if (status.reached(threshold) && thresholds.firstTime(scope.municipality(), scope.year(), scope.frame(),
                    threshold, status.consumed(), status.ceiling(), now)) {
                outbox.append(new CeilingThresholdReached(scope.municipality(), scope.year(), scope.frame().kind().name(),
                        threshold, status.consumed(), status.ceiling(), status.forecastOverrunOn(), now.toInstant(),
                        scope.frame().regime()));
            }
        }
    }
}
