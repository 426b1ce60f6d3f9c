package dk.mentor.contracts.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a legal basis means to the services, as its row of the LEGAL_BASIS code list says: the line, the
 * period in force, whether an anonymous citizen may be served, how long one grant may run and which plan
 * roles may act under it. Domain rules take this value instead of naming bases, so a reform's new basis is
 * a new row, not a release. The services' {@code CodeLists} make it from their rows.
 *
 * @param grantMonths months one grant may run at a time, or null for no limit
 * @param roles       the plan roles that may act under the basis, mentor roles first in order of preference
 */
public record LegalBasisTerms(String code, LegalLine line, LocalDate validFrom, LocalDate validTo,
                              boolean anonymousAllowed, Integer grantMonths, List<ParticipantRole> roles) {

    /** Job-centre staff on a plan: they may act under a basis, but they are not mentors. */
    private static final Set<ParticipantRole> STAFF =
            Set.of(ParticipantRole.CASEWORKER, ParticipantRole.JOB_CONSULTANT, ParticipantRole.COMPANY_CONSULTANT);

    public LegalBasisTerms {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(validFrom, "validFrom");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Whether the basis is in force on that day (both ends inclusive). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The mentor roles that may act under the basis, in order of preference; empty when no mentor does. */
    public List<ParticipantRole> mentorRoles() {
        return roles.stream().filter(role -> !STAFF.contains(role)).toList();
    }

    /** A basis is its code: two readings of one row, before and after an unrelated change, are the same basis. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LegalBasisTerms that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Whether an act stands behind the basis; a voluntary effort has none. */
    public boolean statutory() {
        return line != LegalLine.VOLUNTARY;
    }
}
