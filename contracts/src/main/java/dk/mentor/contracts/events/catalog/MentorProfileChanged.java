package dk.mentor.contracts.events.catalog;

import static dk.mentor.contracts.events.Require.distinct;
import static dk.mentor.contracts.events.Require.notNegative;
import static dk.mentor.contracts.events.Require.notNegativeIfPresent;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The whole matchable profile of a mentor, published after registration and after every change, so
 * a consumer can keep a complete read model from this event alone (event-carried state transfer).
 * Contact details and vetting documents are never in it. Topic {@code catalog.mentor.v1}, key and
 * subject {@code mentorId}; a consumer ignores a {@code version} lower than the one it holds.
 *
 * @param mentorId             the mentor's id in catalog-service
 * @param homeMunicipality     the kommunekode of the municipality that owns the mentor
 * @param version              the mentor's version in the catalogue, increasing with every change
 * @param displayName          the mentor's name as shown to staff and on the citizen's plan
 * @param kind                 a {@code MentorKind} name
 * @param status               a {@code MentorStatus} name
 * @param legalBases           LEGAL_BASIS codes the mentor may act under
 * @param accountUsername      the mentor's user name in Keycloak, so services recognise the mentor's own
 *                             token; null when the mentor has no account
 * @param organisationId       the organisation the mentor belongs to, or null
 * @param sharingScope         a {@code SharingScope} name
 * @param sharedWith           kommunekoder the mentor is shared with when the scope is LISTED_MUNICIPALITIES
 * @param gender               FEMALE, MALE or OTHER, or null when not given
 * @param birthYear            the mentor's birth year, or null
 * @param languages            ISO 639-1 codes of the languages the mentor speaks
 * @param competences          competence tags
 * @param targetGroups         TARGET_GROUP codes (catalog's code list) the mentor has experience with
 * @param roleModelTags        lived-experience and role-model tags
 * @param meetingWindows       weekly windows in which the mentor can meet
 * @param eveningsAndWeekends  whether the mentor can also meet evenings and weekends
 * @param meetingPlaces        {@code MeetingPlace} names
 * @param areaMunicipality     the kommunekode of the area the mentor works in
 * @param postcode             the postcode of that area, or null
 * @param presentation         the short presentation a citizen may read when choosing
 * @param vettingComplete      whether every vetting the mentor's kind requires is in order
 * @param capacityCitizens     how many citizens the mentor can follow at once
 * @param capacityHoursPerWeek mentor hours available per week
 * @param hourlyRate           the hourly rate in kroner, or null for an unpaid mentor
 * @param transportPaid        whether transport time counts as paid hours
 * @param cancellationsPaid    whether a meeting the citizen cancels counts as paid hours
 * @param trainingPaid         whether the mentor's own training hours are paid at the hourly rate
 * @param changedAt            when this version was made
 */
public record MentorProfileChanged(UUID mentorId, String homeMunicipality, long version, String displayName,
                                   String kind, String status, List<String> legalBases, String accountUsername,
                                   UUID organisationId, String sharingScope, List<String> sharedWith, String gender,
                                   Integer birthYear, List<String> languages, List<String> competences,
                                   List<String> targetGroups, List<String> roleModelTags,
                                   List<MeetingWindow> meetingWindows, boolean eveningsAndWeekends,
                                   List<String> meetingPlaces, String areaMunicipality, String postcode,
                                   String presentation, boolean vettingComplete, int capacityCitizens,
                                   BigDecimal capacityHoursPerWeek, BigDecimal hourlyRate, boolean transportPaid,
                                   boolean cancellationsPaid, boolean trainingPaid, Instant changedAt) implements MentorEvent {

    public static final EventType TYPE = new EventType("catalog", "MentorProfileChanged", 1);

    public MentorProfileChanged {
        present(mentorId, "mentorId");
        homeMunicipality = MunicipalityCode.of(homeMunicipality).code();
        present(displayName, "displayName");
        present(kind, "kind");
        present(status, "status");
        legalBases = distinct(legalBases, "legalBases");
        present(sharingScope, "sharingScope");
        sharedWith = distinct(sharedWith, "sharedWith").stream().map(code -> MunicipalityCode.of(code).code()).toList();
        languages = distinct(languages, "languages");
        competences = distinct(competences, "competences");
        targetGroups = distinct(targetGroups, "targetGroups");
        roleModelTags = distinct(roleModelTags, "roleModelTags");
        meetingWindows = List.copyOf(present(meetingWindows, "meetingWindows"));
        meetingPlaces = distinct(meetingPlaces, "meetingPlaces");
        areaMunicipality = MunicipalityCode.of(areaMunicipality).code();
        presentation = present(presentation, "presentation");
        notNegative(capacityCitizens, "capacityCitizens");
        notNegative(capacityHoursPerWeek, "capacityHoursPerWeek");
        notNegativeIfPresent(hourlyRate, "hourlyRate");
        present(changedAt, "changedAt");
    }
}
