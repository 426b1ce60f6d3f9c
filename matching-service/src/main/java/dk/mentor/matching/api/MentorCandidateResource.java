package dk.mentor.matching.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.matching.application.FindCandidates;
import dk.mentor.matching.domain.MentorCandidate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mentor-candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mentor-candidates", description = "Mentors as matching knows them, learnt from the catalogue's events")
public class MentorCandidateResource {

    @Inject
    FindCandidates findCandidates;

    @GET
    @Path("{mentorId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER, Roles.SOCIAL_WORKER})
    @Operation(operationId = "getMentorCandidate", summary = "Get a mentor candidate")
    @APIResponse(responseCode = "200", description = "The candidate",
            content = @Content(schema = @Schema(implementation = MentorCandidateResponse.class)))
    public MentorCandidateResponse get(@Parameter(description = "The mentor's id") @PathParam("mentorId") UUID mentorId) {
        return MentorCandidateResponse.from(findCandidates.byMentorId(mentorId));
    }

    @Schema(name = "MentorCandidate", description = "A mentor as matching knows them.")
    public record MentorCandidateResponse(
            @Schema(description = "The mentor's id (the catalogue's).", example = "3f0c5b1e-8a41-4f7e-9a52-6f3c1d2b7e90") UUID mentorId,
            @Schema(description = "Home municipality code.", example = "0751") String homeMunicipality,
            @Schema(description = "Kind of mentor.", example = "VOLUNTEER") String kind,
            @Schema(description = "Legal bases the mentor may act under.", example = "[\"LAB_167\"]") List<String> legalBases,
            @Schema(description = "Citizens the mentor can have at once.", example = "3") int capacityCitizens,
            @Schema(description = "Hours per week the mentor can give.", example = "6.5") BigDecimal capacityHoursPerWeek,
            @Schema(description = "When the catalogue registered the mentor.", example = "2026-11-23T10:00:00Z") Instant registeredAt,
            @Schema(description = "How many catalogue events changed this candidate; the registration and the first profile (both version 0) count as one.", example = "1") int eventsApplied,
            @Schema(description = "The catalogue's profile version held (-1 before the first profile).", example = "3") long profileVersion,
            @Schema(description = "The mentor's name as shown to staff.", example = "Mona Jensen") String displayName,
            @Schema(description = "MentorStatus; only ACTIVE mentors are proposed.", example = "ACTIVE") String status,
            @Schema(description = "Whether the vetting the kind requires is complete.", example = "true") boolean vettingComplete,
            @Schema(description = "Seats free for matching: capacity minus this service's active mentorships.", example = "2") int freeSeats,
            @Schema(description = "Hours per week free for matching.", example = "3.00") BigDecimal freeHoursPerWeek,
            @Schema(description = "Active mentorships started by matching.", example = "1") int activeMentorships) {

        static MentorCandidateResponse from(MentorCandidate c) {
            return new MentorCandidateResponse(c.mentorId(), c.homeMunicipality(), c.kind(), c.legalBases(),
                    c.capacityCitizens(), c.capacityHoursPerWeek(), c.registeredAt(), c.eventsApplied(),
                    c.profileVersion(), c.displayName(), c.status(), c.vettingComplete(), c.freeSeats(),
                    c.freeHoursPerWeek(), c.activeMentorships());
        }
    }
}
