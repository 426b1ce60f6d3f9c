package dk.mentor.kit.codes;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of a code list. The code is what events and APIs carry and never changes once published; the
 * rest may change, each change raising the version. A legal basis carries what its code's behaviour
 * needs (line, anonymity, grant limit, roles); a target group carries its kind.
 *
 * @param grantMonths how many months one grant under the basis may run at a time, or null for no limit
 * @param roles       the plan roles that may act under the basis, mentor roles first in order of preference
 */
public record CodeListEntry(CodeList list, String code, String nameDa, String nameEn, LocalDate validFrom,
                            LocalDate validTo, long version, String legalLine, String law, String paragraph,
                            boolean anonymousAllowed, Integer grantMonths, List<String> roles, String kind) {

    public CodeListEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFrom, "validFrom");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Whether the entry is in force on that day (both ends inclusive). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * A legal basis's terms for the domain rules. A role name this version does not know (a later one) is left
     * out: no code here can act in it.
     */
    public LegalBasisTerms toLegalBasisTerms() {
        if (list != CodeList.LEGAL_BASIS) {
            throw new IllegalStateException(list + "/" + code + " is not a legal basis");
        }
        List<ParticipantRole> known = roles.stream()
                .flatMap(role -> Arrays.stream(ParticipantRole.values()).filter(r -> r.name().equals(role))).toList();
        return new LegalBasisTerms(code, LegalLine.valueOf(legalLine), validFrom, validTo, anonymousAllowed, grantMonths, known);
    }
}
