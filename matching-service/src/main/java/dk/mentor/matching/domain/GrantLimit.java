package dk.mentor.matching.domain;

import dk.mentor.contracts.codes.GrantPeriod;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.LocalDate;

/** One grant may not run longer than its basis allows at a time: a referral's period, and each renewal. */
final class GrantLimit {

    private GrantLimit() {
    }

    /** @throws RuleViolation on {@code field} when the grant from {@code start} to {@code end} is too long */
    static void require(LegalBasisTerms basis, LocalDate start, LocalDate end, String field) {
        if (GrantPeriod.exceeds(basis, start, end)) {
            throw RuleViolation.onField("Mentor support under " + basis.code() + " is granted for at most "
                    + GrantPeriod.limit(basis) + " at a time", field,
                    "at most " + GrantPeriod.lastDay(basis, start).orElseThrow());
        }
    }
}
