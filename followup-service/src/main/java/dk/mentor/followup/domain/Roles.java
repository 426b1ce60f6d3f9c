package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whether a role on the plan may act under a legal basis, and the meeting cadence it is held to by default. */
public final class Roles {

    public static final int WEEKLY = 7;
    /** Volunteer mentors meet about every 14 days (seed 004 p.11). */
    public static final int FORTNIGHTLY = 14;

    /** Job-centre staff on the plan: they coordinate and follow up, but log no mentor meetings. */
    private static final Set<ParticipantRole> STAFF =
            EnumSet.of(ParticipantRole.CASEWORKER, ParticipantRole.JOB_CONSULTANT, ParticipantRole.COMPANY_CONSULTANT);

    private Roles() {
    }

    /**
     * Whether the role may act under the basis: its row of the LEGAL_BASIS code list names the roles (a
     * volunteer may befriend without a grant under VOLUNTARY or be engaged as a LAB or INL mentor; a company
     * mentor may act under INL § 23 d, which applies LAB § 169; the caseworker under every basis).
     */
    public static boolean allows(ParticipantRole role, LegalBasisTerms basis) {
        return basis.roles().contains(role);
    }

    public static int defaultCadenceDays(ParticipantRole role) {
        return role == ParticipantRole.VOLUNTEER_MENTOR ? FORTNIGHTLY : WEEKLY;
    }

    /** Mentors and contact persons meet the citizen and log meetings; the caseworker and consultants do not count here. */
    public static boolean meetsCitizen(ParticipantRole role) {
        return !STAFF.contains(role);
    }
}
