package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.MentorCriteria;
import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.codes.TargetGroup;
import java.time.DayOfWeek;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of a catalogue search; every parameter is optional and they combine with AND. */
public class MentorSearchParams {

    private static final String CODE = "[0-9]{4}";

    @QueryParam("municipality") @Parameter(description = "Serves this municipality: home, listed, or national.", example = "0751")
    public String municipality;
    @QueryParam("homeMunicipality") @Parameter(description = "Owned by this municipality.", example = "0751")
    public String homeMunicipality;
    @QueryParam("kind") @Parameter(description = "Kind of mentor.", example = "VOLUNTEER")
    public String kind;
    @QueryParam("status") @Parameter(description = "Lifecycle status.", example = "ACTIVE")
    public String status;
    @QueryParam("legalBasis") @Parameter(description = "May act under this legal basis code.", example = "LAB_167")
    public String legalBasis;
    @QueryParam("language") @Parameter(description = "Speaks this ISO 639-1 language.", example = "ar")
    public String language;
    @QueryParam("gender") @Parameter(description = "FEMALE, MALE or OTHER.", example = "FEMALE")
    public String gender;
    @QueryParam("targetGroup") @Parameter(description = "Has experience with this target group.", example = "SUBSTANCE_MISUSE")
    public String targetGroup;
    @QueryParam("competence") @Parameter(description = "Has this competence tag (case-insensitive).", example = "network")
    public String competence;
    @QueryParam("place") @Parameter(description = "Meets at this kind of place.", example = "CITIZEN_HOME")
    public String place;
    @QueryParam("day") @Parameter(description = "Can meet on this weekday.", example = "TUESDAY")
    public String day;
    @QueryParam("from") @Parameter(description = "With day and to: a window covering from-to (HH:mm).", example = "09:00")
    public String from;
    @QueryParam("to") @Parameter(description = "End of the wanted window (HH:mm).", example = "11:00")
    public String to;
    @QueryParam("freeCapacity") @Parameter(description = "Only active mentors who can take one more citizen now.", example = "true")
    public boolean freeCapacity;
    @QueryParam("minFreeHours") @Parameter(description = "With freeCapacity: at least this many free hours a week.", example = "2")
    public String minFreeHours;
    @QueryParam("postcode") @Parameter(description = "Works in this postcode.", example = "8000")
    public String postcode;

    MentorCriteria toCriteria() {
        try {
            return criteria();
        } catch (dk.mentor.catalog.domain.MentorRuleException e) {
            throw dk.mentor.kit.problem.ProblemException.invalidField("from", e.getMessage());
        }
    }

    private MentorCriteria criteria() {
        return new MentorCriteria(
                QueryValues.code("municipality", municipality, CODE, "must be a four-digit municipality code"),
                QueryValues.code("homeMunicipality", homeMunicipality, CODE, "must be a four-digit municipality code"),
                QueryValues.enumOf(MentorKind.class, "kind", kind),
                QueryValues.enumOf(MentorStatus.class, "status", status),
                legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip(),
                language, QueryValues.enumOf(MentorDetails.Gender.class, "gender", gender),
                QueryValues.enumOf(TargetGroup.class, "targetGroup", targetGroup), competence,
                QueryValues.enumOf(MeetingPlace.class, "place", place), QueryValues.enumOf(DayOfWeek.class, "day", day),
                QueryValues.time("from", from), QueryValues.time("to", to), freeCapacity,
                QueryValues.decimal("minFreeHours", minFreeHours),
                QueryValues.code("postcode", postcode, "[0-9]{4}", "must be a four-digit postcode"));
    }
}
