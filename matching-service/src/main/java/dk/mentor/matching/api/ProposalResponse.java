package dk.mentor.matching.api;

import dk.mentor.matching.application.ProposalView;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.ranking.CriterionScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Proposal", description = "A proposed mentor with the explanation of the score. The mentor part is what the citizen may see: the presentation, never contact details.")
public record ProposalResponse(
        @Schema(description = "The proposal's id; choose it by this id.", example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9") UUID id,
        @Schema(description = "The referral.", example = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d") UUID referralId,
        @Schema(description = "The matching round that proposed it, or null for a shortlist.",
                example = "3b9a1c2e-5d4f-4e6a-8b7c-9d0e1f2a3b4c") UUID roundId,
        @Schema(description = "Rank on the shortlist, 1 is best.", example = "1") int rank,
        @Schema(description = "The score: the sum of the explanation's points.", example = "57.500") BigDecimal score,
        @Schema(description = "One line per criterion; the points add up to the score.") List<ExplanationLine> explanation,
        @Schema(description = "Which weights ranked it: the municipality code or 'default'.", example = "0751") String weightsScope,
        @Schema(description = "The version of those weights.", example = "2") int weightsVersion,
        @Schema(description = "OPEN, CHOSEN, DECLINED, ACCEPTED or SUPERSEDED.", example = "OPEN") String status,
        @Schema(description = "Who chose it: CITIZEN or CASEWORKER (NEXT_AFTER_NO on proposals chosen before a no let the citizen choose again).", example = "CITIZEN") String chosenBy,
        @Schema(description = "Until when the choice holds the mentor's seat, or null when it holds none.", example = "2026-12-07T10:00:00Z") Instant heldUntil,
        @Schema(description = "When the three-party meeting is.", example = "2026-12-02T09:00:00Z") Instant meetingAt,
        @Schema(description = "Where the three-party meeting is.", example = "JOB_CENTRE") String meetingPlace,
        @Schema(description = "The citizen's answer after the meeting, null until given.", example = "true") Boolean citizenAnswer,
        @Schema(description = "The citizen's reason (required for a no).", example = "Would rather meet nearer home") String citizenReason,
        @Schema(description = "The mentor's answer after the meeting, null until given.", example = "false") Boolean mentorAnswer,
        @Schema(description = "The mentor's reason (required for a no).", example = "Cannot meet on the citizen's days") String mentorReason,
        @Schema(description = "The proposed mentor as the citizen may see them.") MentorPresentation mentor,
        @Schema(description = "When it was proposed.", example = "2026-11-23T10:00:00Z") Instant createdAt) {

    @Schema(name = "ExplanationLine", description = "How one criterion contributed to the score.")
    public record ExplanationLine(
            @Schema(description = "The criterion.", example = "TARGET_GROUPS") String criterion,
            @Schema(description = "Points at full fit (the municipality's weight).", example = "30") int weight,
            @Schema(description = "How much is met.", example = "1") int fulfilled,
            @Schema(description = "Out of how much.", example = "2") int asked,
            @Schema(description = "weight x fulfilled / asked, three decimals.", example = "15.000") BigDecimal points,
            @Schema(description = "In words.", example = "target groups the mentor has experience with") String detail) {

        static ExplanationLine from(CriterionScore s) {
            return new ExplanationLine(s.criterion().name(), s.weight(), s.fulfilled(), s.asked(),
                    BigDecimal.valueOf(s.points(), 3), s.detail());
        }
    }

    @Schema(name = "MentorPresentation", description = "What the citizen may see of a mentor when choosing: no contact details.")
    public record MentorPresentation(
            @Schema(description = "The mentor's id.", example = "3f0c5b1e-8a41-4f7e-9a52-6f3c1d2b7e90") UUID mentorId,
            @Schema(description = "The mentor's name as shown on the plan.", example = "Mona Jensen") String displayName,
            @Schema(description = "Kind of mentor.", example = "PAID_SOCIAL_MENTOR") String kind,
            @Schema(description = "The mentor's own short presentation.", example = "Former warehouse worker, likes early mornings") String presentation,
            @Schema(description = "Gender, if given.", example = "FEMALE") String gender,
            @Schema(description = "Languages, ISO 639-1.", example = "[\"da\", \"ar\"]") List<String> languages,
            @Schema(description = "Where the mentor can meet.", example = "[\"CITIZEN_HOME\"]") List<String> meetingPlaces,
            @Schema(description = "When the mentor can meet.", example = "[\"TUESDAY 08:00-16:00\"]") List<String> meetingWindows) {

        static MentorPresentation from(MentorCandidate c) {
            return new MentorPresentation(c.mentorId(), c.displayName(), c.kind(), c.presentation(), c.gender(),
                    c.languages(), c.meetingPlaces(), c.meetingWindows());
        }
    }

    static ProposalResponse from(ProposalView view) {
        Proposal p = view.proposal();
        return new ProposalResponse(p.id(), p.referralId(), p.roundId(), p.rank(), BigDecimal.valueOf(p.scoreMilli(), 3),
                p.explanation().stream().map(ExplanationLine::from).toList(), p.weightsScope(), p.weightsVersion(),
                p.status().name(), p.chosenBy(), p.heldUntil(), p.meetingAt(), p.meetingPlace(), p.citizenAnswer(), p.citizenReason(),
                p.mentorAnswer(), p.mentorReason(), MentorPresentation.from(view.mentor()), p.createdAt());
    }
}
