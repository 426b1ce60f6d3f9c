package dk.mentor.contracts.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudEvents type name: {@code dk.mentor.<service>.<PastTenseName>.v<N>}, for example
 * {@code dk.mentor.catalog.MentorRegistered.v1}. The service is the producer (lower case), the
 * name a past-tense fact in UpperCamelCase, and the version changes only when the payload
 * changes incompatibly. Whether the name is in the past tense is a review matter; it cannot be
 * checked reliably ("PlanHandedOver", "MeetingHeld").
 *
 * @param service producing service without the "-service" suffix, e.g. "catalog"
 * @param name    the fact, e.g. "MentorRegistered"
 * @param version 1 or higher
 */
public record EventType(String service, String name, int version) {

    private static final String PREFIX = "dk.mentor.";
    private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern FULL = Pattern.compile(
            Pattern.quote(PREFIX) + "(" + SERVICE + ")\\.(" + NAME + ")\\.v([1-9][0-9]{0,8})");

    public EventType {
        if (service == null || !SERVICE.matcher(service).matches()) {
            throw new IllegalArgumentException("Event type service must be lower-case letters and digits: '" + service + "'");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Event type name must be UpperCamelCase: '" + name + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("Event type version must be 1 or higher: " + version);
        }
    }

    /** @throws IllegalArgumentException if the value is not of the form dk.mentor.service.Name.vN */
    public static EventType parse(String value) {
        Matcher matcher = FULL.matcher(value == null ? "" : value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an event type of the form dk.mentor.<service>.<Name>.v<N>: '" + value + "'");
        }
        return new EventType(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
    }

    /** The full type, the value of the ce_type header. */
    public String value() {
        return PREFIX + service + "." + name + ".v" + version;
    }

    /** Same as {@link #value()}. */
    @Override
    public String toString() {
        return value();
    }
}
