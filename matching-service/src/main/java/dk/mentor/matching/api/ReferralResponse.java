package dk.mentor.matching.api;

import dk.mentor.kit.reference.ExternalReference;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.WaitingReasonEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Referral", description = "A referral and where it is in the flow.")
public record ReferralResponse(
        @Schema(description = "The referral's id.", example = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(description = "The citizen's plan.", example = "7d4f9b1c-2e3a-4c5d-8e9f-0a1b2c3d4e5f") UUID planId,
        @Schema(description = "Kommunekode of the acting municipality.", example = "0751") String actingMunicipality,
        @Schema(description = "LegalBasis code.", example = "LAB_167") String legalBasis,
        @Schema(description = "Role wanted on the plan, or null to derive it.", example = "LAB_MENTOR") String roleWanted,
        @Schema(description = "What the support is for.", example = "Keep the citizen in the placement") String purpose,
        @Schema(description = "The mentor's tasks.", example = "[\"morning routine\"]") List<String> tasks,
        @Schema(description = "Mentor hours per week.", example = "3.5") BigDecimal hoursPerWeek,
        @Schema(description = "How often they meet.", example = "WEEKLY") String meetingFrequency,
        @Schema(description = "First day of the period.", example = "2026-12-01") LocalDate periodStart,
        @Schema(description = "Last day of the period.", example = "2027-05-31") LocalDate periodEnd,
        @Schema(description = "Target groups.", example = "[\"SOCIAL_AND_MENTAL_PROBLEMS\"]") List<String> targetGroups,
        @Schema(description = "Needs.", example = "[\"job-search\"]") List<String> needs,
        @Schema(description = "Languages, ISO 639-1.", example = "[\"da\"]") List<String> languages,
        @Schema(description = "Wished area municipality.", example = "0751") String areaMunicipality,
        @Schema(description = "Wished postcode.", example = "8000") String postcode,
        @Schema(description = "The citizen's wishes.") WishesRequest wishes,
        @Schema(description = "NORMAL or URGENT.", example = "NORMAL") String urgency,
        @Schema(description = "Whether the mentor is mandatory.", example = "false") boolean mentorMandatory,
        @Schema(description = "OPEN, PROPOSED, WAITING, CHOSEN, MEETING_SCHEDULED, MATCHED or CLOSED.", example = "PROPOSED") String status,
        @Schema(description = "Why the referral waits (status WAITING): one line per unmet wish or filter.") List<WaitingReason> waitingReasons,
        @Schema(description = "The chosen proposal, while one is chosen.", example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9") UUID currentProposalId,
        @Schema(description = "The referral this one rematches, if any.",
                example = "4c0b2d3f-6e5a-4f7b-9c8d-0e1f2a3b4c5d") UUID previousReferralId,
        @Schema(description = "The mentorship whose end led to this rematch, if any.",
                example = "5d1c3e4a-7f6b-4a8c-8d9e-1f2a3b4c5d6e") UUID previousMentorshipId,
        @Schema(description = "Who ordered it.", example = "caseworker-aarhus") String createdBy,
        @Schema(description = "When it was ordered.", example = "2026-11-23T10:00:00Z") Instant createdAt,
        @Schema(description = "The version, also the ETag; send it in If-Match.", example = "0") long version,
        @Schema(description = "The key of the case system that ordered it, if it gave one.") ExternalReference externalReference,
        @Schema(description = "When the referral last changed, its proposals included.", example = "2026-11-24T09:30:00Z") Instant updatedAt,
        @Schema(description = "The citizen's match group (1-3), if the caseworker gave one.", example = "2") Integer matchGroup) {

    @Schema(name = "WaitingReason", description = "What keeps a referral waiting.")
    public record WaitingReason(
            @Schema(description = "The unmet wish or filter, e.g. WISH_MEETING_WINDOW or NO_FREE_SEAT.", example = "WISH_MENTOR_GENDER") String unmet,
            @Schema(description = "How many mentors it ruled out.", example = "4") int mentorsRuledOut,
            @Schema(description = "Out of how many mentors considered.", example = "4") int mentorsConsidered) {

        static WaitingReason from(WaitingReasonEntry e) {
            return new WaitingReason(e.unmet(), e.mentorsRuledOut(), e.mentorsConsidered());
        }
    }

    static ReferralResponse from(Referral r) {
        return new ReferralResponse(r.id(), r.planId(), r.actingMunicipality(), r.legalBasis(), r.roleWanted(), r.purpose(),
                r.tasks(), r.hoursPerWeek(), r.meetingFrequency(), r.periodStart(), r.periodEnd(), r.targetGroups(),
                r.needs(), r.languages(), r.areaMunicipality(), r.postcode(), WishesRequest.from(r.wishes()), r.urgency(),
                r.mentorMandatory(), r.status().name(), r.waitingReasons().stream().map(WaitingReason::from).toList(),
                r.currentProposalId(), r.previousReferralId(), r.previousMentorshipId(), r.createdBy(), r.createdAt(),
                r.version(), ExternalReference.ofColumns(r.externalSystem(), r.externalId()), r.updatedAt(), r.matchGroup());
    }
}
