package dk.mentor.refusion.application;

import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.CeilingStatus;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A municipality's ceilings in a year: consumption, what is beyond, and the forecast overrun day. */
@ApplicationScoped
public class ReportCeilings {

    @Inject
    LedgerRepository ledger;

    @Inject
    WatchCeilings ceilings;

    @Inject
    MunicipalityEconomy economy;

    /** A ceiling (regime and kind) the municipality spends under; the status is empty while no amount is set. */
    public record Row(CeilingFrame frame, BigDecimal consumed, Optional<CeilingStatus> status) {
    }

    @Transactional
    public List<Row> of(String municipality, int year) {
        economy.requireReadable(municipality, "ceiling");
        List<Row> rows = new ArrayList<>();
        for (CeilingFrame frame : ledger.ceilingsUsed(municipality, year)) {
            BigDecimal consumed = ledger.dailyTotals(municipality, frame, year).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new Row(frame, consumed, ceilings.status(municipality, year, frame)));
        }
        return rows;
    }
}
