package dk.mentor.refusion.application;

import dk.mentor.kit.persistence.RepeatableRead;
import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.CeilingStatus;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleStatus;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A municipality's ceilings in a year: consumption, what is beyond, and the forecast overrun day. */
@ApplicationScoped
public class ReportCeilings {

    @Inject
    EntityManager em;

    @Inject
    LedgerRepository ledger;

    @Inject
    WatchCeilings ceilings;

    @Inject
    MunicipalityEconomy economy;

    @Inject
    RuleSetRepository rules;

    /**
     * A ceiling (regime and kind) the municipality spends under; the status is empty while no amount is
     * set. The rule status is the least settled rule row of the frame in the year; a shared frame also
     * covers spending the suite does not record, so the room left is less than it shows.
     */
    public record Row(CeilingFrame frame, BigDecimal consumed, Optional<CeilingStatus> status, RuleStatus ruleStatus,
                      boolean sharedFrame) {
    }

    @Transactional
    public List<Row> of(String municipality, int year) {
        RepeatableRead.begin(em); // several statements, one snapshot
        economy.requireReadable(municipality, "ceiling");
        List<Row> rows = new ArrayList<>();
        for (CeilingFrame frame : ledger.ceilingsUsed(municipality, year)) {
            BigDecimal consumed = ledger.dailyTotals(municipality, frame, year).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<RuleSet> frameRules = rules.ceilingRows(frame, year);
            rows.add(new Row(frame, consumed, ceilings.status(municipality, year, frame),
                    RuleBook.frameStatus(frameRules, frame, municipality, year),
                    RuleBook.sharedFrame(frameRules, frame, municipality, year)));
        }
        return rows;
    }
}
