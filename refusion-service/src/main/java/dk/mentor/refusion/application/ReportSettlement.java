package dk.mentor.refusion.application;

import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.SettlementStatement;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** The inter-municipal statement of one municipality for a period. */
@ApplicationScoped
public class ReportSettlement {

    @Inject
    LedgerRepository ledger;

    @Inject
    MunicipalityEconomy economy;

    @Transactional
    public SettlementStatement of(String municipality, LocalDate from, LocalDate to) {
        economy.requireReadable(municipality, "settlement");
        if (from == null || to == null) {
            throw ProblemException.invalidField(from == null ? "from" : "to", "the period's first and last day are required");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        var entries = ledger.crossMunicipal(municipality, from, to).stream()
                .map(l -> new SettlementStatement.Entry(l.municipality(), l.providerMunicipality(), l.amount())).toList();
        return SettlementStatement.of(municipality, from, to, entries);
    }
}
