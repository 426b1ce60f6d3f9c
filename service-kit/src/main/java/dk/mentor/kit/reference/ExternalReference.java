package dk.mentor.kit.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.mentor.contracts.codes.Cpr;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.regex.Matcher;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case system's own key for a resource it created here, so a repeated or retried sync finds the
 * resource instead of creating a second one. Unique per owning municipality, system and id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExternalReference", description = "The key a municipal case system knows this resource by;"
        + " unique per owning municipality, system and id.")
public record ExternalReference(
        @Schema(description = "Short code of the case system, lower case.", example = "sbsys", maxLength = SYSTEM_MAX,
                pattern = SYSTEM_PATTERN)
        @NotNull @Size(min = 2, max = SYSTEM_MAX) @Pattern(regexp = SYSTEM_PATTERN) String system,
        @Schema(description = "The case system's key of the resource: letters, digits and . _ : / -; never a CPR number.",
                example = "SAG-2026-004711", maxLength = ID_MAX, pattern = ID_PATTERN)
        @NotNull @Size(min = 1, max = ID_MAX) @Pattern(regexp = ID_PATTERN) String id) {

    public static final int SYSTEM_MAX = 20;
    public static final int ID_MAX = 100;
    public static final String SYSTEM_PATTERN = "^[a-z][a-z0-9-]*$";
    public static final String ID_PATTERN = "^[A-Za-z0-9._:/-]+$";

    // six and four digits, apart or joined by a hyphen, not inside a longer run of digits
    private static final java.util.regex.Pattern CPR_LIKE = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])");
    // A UUID's hex groups are random: "…ab150385-1234-…" reads as a CPR number across its first hyphen, so
    // about four in 10,000 keys built on a UUID (a common kind of case-system key) would be refused at random.
    private static final java.util.regex.Pattern UUID_SHAPED = java.util.regex.Pattern.compile(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    /** A stored reference (two nullable columns, set together) as one value, or null when there is none. */
    public static ExternalReference ofColumns(String system, String id) {
        return system == null ? null : new ExternalReference(system, id);
    }

    /**
     * Refuses (422) an id that holds a CPR number: the reference travels in URLs, logs and events,
     * where a CPR number must never go. {@code field} is the reference's field in the request.
     */
    public ExternalReference requireNoCpr(String field) {
        // a space where each UUID was, so that digits on either side of one do not join up
        Matcher digits = CPR_LIKE.matcher(UUID_SHAPED.matcher(id).replaceAll(" "));
        while (digits.find()) {
            if (Cpr.isValid(digits.group())) {
                throw RuleViolation.onField("An external reference must not carry a CPR number", field + ".id",
                        "must not be a CPR number");
            }
        }
        return this;
    }
}
