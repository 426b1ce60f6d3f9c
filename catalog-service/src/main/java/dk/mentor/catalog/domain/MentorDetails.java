package dk.mentor.catalog.domain;

import dk.mentor.contracts.codes.LegalBasisCodes;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.SharingScope;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Everything a coordinator states about a mentor on the information form (seed 000 p.30): who they are,
 * what they may do, where and when they meet, how much they can take on and on what terms.
 */
public record MentorDetails(String displayName, MentorKind kind, List<String> legalBases, UUID organisationId,
                            SharingScope sharingScope, List<String> sharedWith, String accountUsername,
                            ContactDetails contact, Gender gender, Integer birthYear, List<String> languages,
                            List<String> competences, List<String> targetGroups, List<String> roleModelTags,
                            String motivation, String background, String presentation, String photoUrl,
                            String preferences, List<WeeklyWindow> meetingWindows, boolean eveningsAndWeekends,
                            List<MeetingPlace> meetingPlaces, String areaMunicipality, String postcode,
                            int capacityCitizens, BigDecimal capacityHoursPerWeek, PaidTerms paidTerms,
                            Integer commitmentMonths) {

    public enum Gender { FEMALE, MALE, OTHER }

    public MentorDetails {
        legalBases = List.copyOf(legalBases);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
        contact = contact == null ? ContactDetails.NONE : contact;
        languages = languages == null ? List.of() : List.copyOf(languages);
        competences = competences == null ? List.of() : List.copyOf(competences);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        roleModelTags = roleModelTags == null ? List.of() : List.copyOf(roleModelTags);
        presentation = presentation == null ? "" : presentation;
        meetingWindows = meetingWindows == null ? List.of() : List.copyOf(meetingWindows);
        meetingPlaces = meetingPlaces == null ? List.of() : List.copyOf(meetingPlaces);
        sharingScope = sharingScope == null ? SharingScope.OWN_MUNICIPALITY : sharingScope;
        paidTerms = paidTerms == null ? PaidTerms.UNPAID : paidTerms;
    }

    /** The rules between the fields; a broken one is answered 422 with the reason. */
    void check() {
        if (legalBases.isEmpty() && kind != MentorKind.VOLUNTEER) {
            throw new RuleViolation("A " + kind + " must be allowed to act under at least one legal basis;"
                    + " only a volunteer may have none");
        }
        String defining = definingBasis(kind);
        if (defining != null && !legalBases.contains(defining)) {
            throw new RuleViolation("A " + kind + " acts under " + defining + "; add it to the legal bases");
        }
        if (sharingScope == SharingScope.LISTED_MUNICIPALITIES && sharedWith.isEmpty()) {
            throw new RuleViolation("Sharing with listed municipalities needs at least one municipality in sharedWith");
        }
        if (kind == MentorKind.VOLUNTEER && paidTerms.hourlyRate() != null && paidTerms.hourlyRate().signum() > 0) {
            throw new RuleViolation("A volunteer is unpaid; remove the hourly rate or choose a paid kind");
        }
        // VOLUNTARY says no act stands behind the work: a paid mentor is always paid under some act
        if (legalBases.contains(LegalBasisCodes.VOLUNTARY) && kind != MentorKind.VOLUNTEER) {
            throw RuleViolation.onField("Only an unpaid volunteer can act without a statutory basis (VOLUNTARY); a "
                    + kind + " acts under an act", "legalBases", "VOLUNTARY is for volunteers only");
        }
        checkWindows(meetingWindows);
    }

    static void checkWindows(List<WeeklyWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    throw new RuleViolation("Meeting windows overlap: " + windows.get(i).day() + " "
                            + windows.get(i).from() + "-" + windows.get(i).to() + " and " + windows.get(j).from()
                            + "-" + windows.get(j).to());
                }
            }
        }
    }

    /** The basis a kind exists under: a § 85 support contact person is one because they act under § 85. */
    private static String definingBasis(MentorKind kind) {
        return switch (kind) {
            case SUPPORT_CONTACT_PERSON_SEL85 -> LegalBasisCodes.SEL_85;
            case CONTACT_PERSON_SEL99 -> LegalBasisCodes.SEL_99;
            case INTEGRATION_MENTOR -> LegalBasisCodes.INL_23D;
            default -> null;
        };
    }
}
