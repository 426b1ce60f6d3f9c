package dk.mentor.matching.domain;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import java.util.List;
import java.util.Map;

/**
 * Which plan roles a mentor may take under each legal basis, and the role a mentorship gets when the
 * caseworker named none: the legal basis decides the line, the mentor's kind the kind of mentor.
 */
public final class MentorRoles {

    private static final List<ParticipantRole> LAB = List.of(ParticipantRole.LAB_MENTOR, ParticipantRole.COMPANY_MENTOR,
            ParticipantRole.VOLUNTEER_MENTOR);
    private static final Map<LegalBasis, List<ParticipantRole>> ALLOWED = Map.of(
            LegalBasis.LAB_MENTOR, LAB,
            LegalBasis.LAB_MENTOR_2014, LAB,
            LegalBasis.LAB_MENTOR_2009, LAB,
            // INL § 23 d stk. 3 applies LAB § 169, so a company mentor may act under the integration act too
            LegalBasis.INTEGRATION_MENTOR, List.of(ParticipantRole.INTEGRATION_MENTOR, ParticipantRole.VOLUNTEER_MENTOR,
                    ParticipantRole.COMPANY_MENTOR),
            LegalBasis.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, List.of(ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85),
            LegalBasis.SEL_HOUSING_FIRST, List.of(ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85),
            LegalBasis.SEL_CONTACT_PERSON, List.of(ParticipantRole.CONTACT_PERSON_SEL99),
            // a volunteer's friendship without any grant: recorded as what it is, not as LAB mentor support
            LegalBasis.VOLUNTARY, List.of(ParticipantRole.VOLUNTEER_MENTOR));

    private MentorRoles() {
    }

    /** @throws RuleViolation when no mentor acts under the basis, or the role does not belong to it */
    public static void requireFits(LegalBasis basis, String role) {
        List<ParticipantRole> allowed = allowed(basis);
        if (role != null && allowed.stream().noneMatch(r -> r.name().equals(role))) {
            throw new RuleViolation("A " + role + " does not act under " + basis.code() + "; allowed: " + allowed);
        }
    }

    public static List<ParticipantRole> allowed(LegalBasis basis) {
        List<ParticipantRole> allowed = ALLOWED.get(basis);
        if (allowed == null) {
            throw new RuleViolation(basis.code() + " is not a basis a mentor acts under");
        }
        return allowed;
    }

    /** The role on the plan: the caseworker's choice, or the one the basis and the mentor's kind imply. */
    public static String roleFor(LegalBasis basis, String roleWanted, String mentorKind) {
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
