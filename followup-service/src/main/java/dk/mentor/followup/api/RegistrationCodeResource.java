package dk.mentor.followup.api;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.followup.domain.registration.AgeBand;
import dk.mentor.followup.domain.registration.BenefitDuration;
import dk.mentor.followup.domain.registration.BenefitType;
import dk.mentor.followup.domain.registration.Coded;
import dk.mentor.followup.domain.registration.CompanyType;
import dk.mentor.followup.domain.registration.EducationLevel;
import dk.mentor.followup.domain.registration.Gender;
import dk.mentor.followup.domain.registration.GoalKind;
import dk.mentor.followup.domain.registration.JobExperience;
import dk.mentor.followup.domain.registration.MatchGroup;
import dk.mentor.followup.domain.registration.Origin;
import dk.mentor.followup.domain.registration.ParallelOffer;
import dk.mentor.followup.domain.registration.PlannedEffort;
import dk.mentor.followup.domain.registration.RegistrationKind;
import dk.mentor.kit.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/registration-codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION, Roles.ADMIN})
@Tag(name = "registration", description = "The registration dataset of seed 003 p.4: at start, every 3 months and at closure")
public class RegistrationCodeResource {

    private static final List<Class<? extends Enum<?>>> LISTS = List.of(RegistrationKind.class, AgeBand.class,
            Gender.class, MatchGroup.class, EducationLevel.class, JobExperience.class, BenefitType.class,
            BenefitDuration.class, Origin.class, GoalKind.class, ParallelOffer.class, CompanyType.class,
            ClosureOutcome.class, PlannedEffort.class);

    @Schema(name = "RegistrationCode", description = "A code of the registration dataset and its Danish label.")
    public record CodeResponse(
            @Schema(description = "The code as the API takes it.", example = "EFFORT_READY") String code,
            @Schema(description = "What users read.", example = "Matchgruppe 2: indsatsklar") String label) {
    }

    @GET
    @Operation(operationId = "listRegistrationCodes", summary = "The registration dataset's code lists",
            description = "Every code list of the registration answers (closure statuses included), each code with its Danish label.")
    @APIResponse(responseCode = "200", description = "The code lists by name")
    public Map<String, List<CodeResponse>> codes() {
        Map<String, List<CodeResponse>> lists = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> list : LISTS) {
            lists.put(list.getSimpleName(), Arrays.stream(list.getEnumConstants())
                    .map(c -> new CodeResponse(c.name(), Coded.labelOf(c))).toList());
        }
        return lists;
    }
}
