package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.events.catalog.TrainingAttended;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.LineKind;
import dk.mentor.refusion.domain.LineSource;
import dk.mentor.refusion.domain.MentorTerms;
import dk.mentor.refusion.domain.RefundableBasis;
import dk.mentor.refusion.domain.TrainingHours;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MentorTermsRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Posts a mentor's training attendance as a TRAINING line of the organiser, who paid. The line is
 * judged under the mentor's employment basis if they have one (training is refunded with wages
 * under LAB 2009, 000 p.5), else integration, else social; a volunteer's VOLUNTARY basis never.
 * When the mentor's terms on the session day pay training hours (000 p.20 point 8), the hours are
 * also posted as a TRAINING_WAGE line at the hourly rate, judged and paid the same way.
 */
@ApplicationScoped
public class ApplyTrainingEvent {

    private static final List<LegalLine> PREFERENCE = List.of(LegalLine.EMPLOYMENT, LegalLine.INTEGRATION, LegalLine.SOCIAL);

    @Inject
    CodeLists codeLists;

    @Inject
    ObjectMapper json;

    @Inject
    LedgerRepository ledger;

    @Inject
    RuleSetRepository rules;

    @Inject
    MentorTermsRepository terms;

    @Inject
    WatchCeilings ceilings;

    @Inject
    Clock clock;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json).on(TrainingAttended.class, this::attended);
    }

    /** The handlers of the topic's event types; the consumer runs them in its transaction. */
    public EventRoutes routes() {
        return routes;
    }

    private void attended(TrainingAttended e, IncomingEvent event) {
        terms.lockMentor(e.mentorId());
        if (ledger.trainingPosted(e.attendanceId())) {
            return;
        }
        String basis = basisFor(e.legalBases()).orElse(null);
        var rule = RuleBook.judge(basis == null ? List.of() : rules.candidates(basis, ExpenseType.TRAINING, e.sessionDate()),
                basis, ExpenseType.TRAINING, List.of(), e.organiserMunicipality(), e.sessionDate()).orElse(null);
        LineSource source = new LineSource(e.organiserMunicipality(), e.organiserMunicipality(), null, null,
                e.mentorId(), e.mentorKind(), null, null, e.attendanceId(), List.of(), event.id(), event.type());
        int minutes = TrainingHours.minutes(e.hours());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExpenseLine> lines = new ArrayList<>();
        lines.add(ExpenseLine.post(source, LineKind.TRAINING, basis, e.sessionDate(), minutes, null, e.cost(), rule, now));
        MentorTerms.inForce(terms.history(e.mentorId()), e.sessionDate()).flatMap(MentorTerms::paidTrainingRate)
                .ifPresent(rate -> lines.add(ExpenseLine.post(source, LineKind.TRAINING_WAGE, basis, e.sessionDate(),
                        minutes, rate, TrainingHours.wage(e.hours(), rate), rule, now)));
        lines.forEach(ledger::persist);
        ceilings.check(lines);
    }

    /** The statutory basis of the mentor's codes on the preferred line; a code the replica does not know yet is passed over. */
    private Optional<String> basisFor(List<String> codes) {
        return codes.stream().map(codeLists::findLegalBasis).flatMap(Optional::stream)
                .filter(basis -> RefundableBasis.statutory(Optional.of(basis)))
                .min(Comparator.comparingInt(basis -> PREFERENCE.indexOf(basis.line()))).map(LegalBasisTerms::code);
    }
}
