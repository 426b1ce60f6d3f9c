package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.ParticipantRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which legal bases a role on the plan may act under, and the meeting cadence it is held to by default. */
public final class Roles {

    public static final int WEEKLY = 7;
    /** Volunteer mentors meet about every 14 days (seed 004 p.11). */
    public static final int FORTNIGHTLY = 14;

    private static final Set<LegalBasis> LAB_MENTORING =
            EnumSet.of(LegalBasis.LAB_MENTOR, LegalBasis.LAB_MENTOR_2014, LegalBasis.LAB_MENTOR_2009);

    private static final Set<LegalBasis> CONSULTING =
            with(LAB_MENTORING, LegalBasis.LAB_COORDINATED_PLAN, LegalBasis.INTEGRATION_MENTOR);

    /** Job-centre staff on the plan: they coordinate and follow up, but log no mentor meetings. */
    private static final Set<ParticipantRole> STAFF =
            EnumSet.of(ParticipantRole.CASEWORKER, ParticipantRole.JOB_CONSULTANT, ParticipantRole.COMPANY_CONSULTANT);

    private static final Map<ParticipantRole, Set<LegalBasis>> ALLOWED = Map.of(
            ParticipantRole.CASEWORKER, EnumSet.allOf(LegalBasis.class),
            ParticipantRole.LAB_MENTOR, LAB_MENTORING,
            ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85,
            EnumSet.of(LegalBasis.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, LegalBasis.SEL_HOUSING_FIRST),
            ParticipantRole.CONTACT_PERSON_SEL99, EnumSet.of(LegalBasis.SEL_CONTACT_PERSON),
            ParticipantRole.INTEGRATION_MENTOR, EnumSet.of(LegalBasis.INTEGRATION_MENTOR),
            // INL § 23 d stk. 3 applies LAB § 169, so a company mentor may also act under the integration act
            ParticipantRole.COMPANY_MENTOR, with(LAB_MENTORING, LegalBasis.INTEGRATION_MENTOR),
            // a volunteer befriends without a grant, or is engaged as a LAB or INL mentor; never under the
            // social act's professional support or the caseworker's own plan basis
            ParticipantRole.VOLUNTEER_MENTOR, with(LAB_MENTORING, LegalBasis.INTEGRATION_MENTOR, LegalBasis.VOLUNTARY),
            // the job centre's consultants who find and follow placements (seed 002 pp.6-10) work on the
            // employment and integration lines, under the caseworker's plan basis or a mentor grant
            ParticipantRole.JOB_CONSULTANT, CONSULTING,
            ParticipantRole.COMPANY_CONSULTANT, CONSULTING);

    private Roles() {
    }

    private static Set<LegalBasis> with(Set<LegalBasis> bases, LegalBasis... more) {
        Set<LegalBasis> all = EnumSet.copyOf(bases);
        all.addAll(List.of(more));
        return all;
    }

    public static boolean allows(ParticipantRole role, LegalBasis basis) {
        return ALLOWED.get(role).contains(basis);
    }

    public static Set<LegalBasis> allowedBases(ParticipantRole role) {
        return ALLOWED.get(role);
    }

    public static int defaultCadenceDays(ParticipantRole role) {
        return role == ParticipantRole.VOLUNTEER_MENTOR ? FORTNIGHTLY : WEEKLY;
    }

    /** Mentors and contact persons meet the citizen and log meetings; the caseworker and consultants do not count here. */
    public static boolean meetsCitizen(ParticipantRole role) {
        return !STAFF.contains(role);
    }
}
