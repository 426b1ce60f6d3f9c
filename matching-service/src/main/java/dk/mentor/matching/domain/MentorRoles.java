package dk.mentor.matching.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import java.util.List;

/**
 * Which plan roles a mentor may take under a legal basis, and the role a mentorship gets when the
 * caseworker named none: the basis's row names its roles (mentor roles first, in order of preference), the
 * mentor's kind picks among them.
 */
public final class MentorRoles {

    private MentorRoles() {
    }

    /** @throws RuleViolation when no mentor acts under the basis, or the role does not belong to it */
    public static void requireFits(LegalBasisTerms basis, String role) {
        List<ParticipantRole> allowed = allowed(basis);
        if (role != null && allowed.stream().noneMatch(r -> r.name().equals(role))) {
            throw new RuleViolation("A " + role + " does not act under " + basis.code() + "; allowed: " + allowed);
        }
    }

    public static List<ParticipantRole> allowed(LegalBasisTerms basis) {
        List<ParticipantRole> allowed = basis.mentorRoles();
        if (allowed.isEmpty()) {
            throw new RuleViolation(basis.code() + " is not a basis a mentor acts under");
        }
        return allowed;
    }

    /** The role on the plan: the caseworker's choice, or the one the basis and the mentor's kind imply. */
    public static String roleFor(LegalBasisTerms basis, String roleWanted, String mentorKind) {
        if (roleWanted != null) {
            return roleWanted;
        }
        List<ParticipantRole> allowed = allowed(basis);
        if ("VOLUNTEER".equals(mentorKind) && allowed.contains(ParticipantRole.VOLUNTEER_MENTOR)) {
            return ParticipantRole.VOLUNTEER_MENTOR.name();
        }
        if ("COMPANY_MENTOR".equals(mentorKind) && allowed.contains(ParticipantRole.COMPANY_MENTOR)) {
            return ParticipantRole.COMPANY_MENTOR.name();
        }
        return allowed.get(0).name();
    }
}
