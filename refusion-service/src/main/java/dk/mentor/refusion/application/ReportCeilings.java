package dk.mentor.refusion.application;

import dk.mentor.refusion.domain.CeilingKind;
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

    /** A ceiling kind the municipality spends under; the status is empty while no amount is set. */
    public record Row(CeilingKind kind, BigDecimal consumed, Optional<CeilingStatus> status) {
    }

    @Transactional
    public List<Row> of(String municipality, int year) {
        economy.requireReadable(municipality, "ceiling");
        List<Row> rows = new ArrayList<>();
        for (CeilingKind kind : ledger.ceilingKindsUsed(municipality, year).stream().sorted().toList()) {
            BigDecimal consumed = ledger.dailyTotals(municipality, kind, year).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new Row(kind, consumed, ceilings.status(municipality, year, kind)));
        }
        return rows;
    }
}
