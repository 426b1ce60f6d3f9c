package dk.mentor.refusion.application;

import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Judges a posted training or fee line again by the rules of today. Such a line's money was fixed when it
 * was posted (a course's cost, the paid training hours, a fee's amount); only the rule that judges it
 * (refund rate, ceiling, account code, the row's status) can have been corrected since. The rule is picked
 * as when the line was posted: its legal basis, expense type, target groups, paying municipality and day.
 */
@ApplicationScoped
public class JudgeLineAgain {

    @Inject
    RuleSetRepository rules;

    @Inject
    Clock clock;

    /** The line as today's rules judge it, nothing written; empty when it is judged the same. */
    public Optional<ExpenseLine> judge(ExpenseLine line, String eventId, String eventType) {
        if (line.meetingId() != null) {
            throw new IllegalArgumentException("line " + line.id() + " is a meeting's: a meeting is priced again whole");
        }
        var rule = line.legalBasis() == null ? null
                : RuleBook.judge(rules.candidates(line.legalBasis(), line.expenseType(), line.expenseDate()),
                        line.legalBasis(), line.expenseType(), line.targetGroups(), line.municipality(),
                        line.expenseDate()).orElse(null);
        ExpenseLine again = line.judgedAgain(rule, eventId, eventType, OffsetDateTime.now(clock));
        return line.samePricingAs(again) ? Optional.empty() : Optional.of(again);
    }
}
