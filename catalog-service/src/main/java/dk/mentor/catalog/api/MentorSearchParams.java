package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.MentorCriteria;
import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.problem.ProblemException;
import jakarta.validation.constraints.Pattern;
import dk.mentor.kit.api.UpdatedSince;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of a catalogue search; every parameter is optional and they combine with AND. */
public class MentorSearchParams {

    private static final String CODE = "[0-9]{4}";
    private static final String MUNICIPALITY_CODE = "must be a four-digit municipality code";

    @QueryParam("municipality") @Parameter(description = "Serves this municipality: home, listed, or national.", example = "0751")
    @Pattern(regexp = CODE, message = MUNICIPALITY_CODE)
    public String municipality;
    @QueryParam("homeMunicipality") @Parameter(description = "Owned by this municipality.", example = "0751")
    @Pattern(regexp = CODE, message = MUNICIPALITY_CODE)
    public String homeMunicipality;
    @QueryParam("kind") @Parameter(description = "Kind of mentor.", example = "VOLUNTEER")
    public MentorKind kind;
    @QueryParam("status") @Parameter(description = "Lifecycle status.", example = "ACTIVE")
    public MentorStatus status;
    @QueryParam("legalBasis") @Parameter(description = "May act under this legal basis code.", example = "LAB_167")
    public String legalBasis;
    @QueryParam("language") @Parameter(description = "Speaks this ISO 639-1 language.", example = "ar")
    public String language;
    @QueryParam("gender") @Parameter(description = "FEMALE, MALE or OTHER.", example = "FEMALE")
    public MentorDetails.Gender gender;
    @QueryParam("targetGroup") @Parameter(description = "Has experience with this target group.", example = "SUBSTANCE_MISUSE")
    @Pattern(regexp = CodeList.CODE_PATTERN, message = "must be a TARGET_GROUP code")
    public String targetGroup;
    @QueryParam("competence") @Parameter(description = "Has this competence tag (case-insensitive).", example = "network")
    public String competence;
    @QueryParam("place") @Parameter(description = "Meets at this kind of place.", example = "CITIZEN_HOME")
    public MeetingPlace place;
    @QueryParam("day") @Parameter(description = "Can meet on this weekday.", example = "TUESDAY")
    public DayOfWeek day;
    @QueryParam("from") @Parameter(description = "With day and to: a window covering from-to (HH:mm).", example = "09:00")
    public LocalTime from;
    @QueryParam("to") @Parameter(description = "End of the wanted window (HH:mm).", example = "11:00")
    public LocalTime to;
    @QueryParam("freeCapacity") @Parameter(description = "Only active mentors who can take one more citizen now.", example = "true")
    public boolean freeCapacity;
    @QueryParam("minFreeHours") @Parameter(description = "With freeCapacity: at least this many free hours a week.", example = "2")
    public BigDecimal minFreeHours;
    @QueryParam("postcode") @Parameter(description = "Works in this postcode.", example = "8000")
    @Pattern(regexp = CODE, message = "must be a four-digit postcode")
    public String postcode;
    @QueryParam(UpdatedSince.PARAMETER) @Parameter(description = UpdatedSince.DESCRIPTION + " For a mentor, updatedAt is changedAt.",
            example = UpdatedSince.EXAMPLE)
    public Instant updatedSince;

    /** A window given by halves is a bad parameter (400), not a refused change. */
    MentorCriteria toCriteria() {
        try {
            return new MentorCriteria(municipality, homeMunicipality, kind, status,
                    legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip(), language, gender, targetGroup,
                    competence, place, day, from, to, freeCapacity, minFreeHours, postcode, updatedSince);
        } catch (RuleViolation e) {
            throw ProblemException.invalidField("from", e.getMessage());
        }
    }
}
