package dk.mentor.kit.feed;

import dk.mentor.kit.api.InvalidParameterException;
import java.util.regex.Pattern;

/**
 * A position in the events feed, as the client sees it: the decimal feed position, zero-padded to 19
 * digits so that it also orders as text, which the CloudEvents {@code sequence} extension asks for.
 * The client treats it as opaque; any run of up to 19 digits is accepted back.
 */
record FeedCursor(long position) {

    static final String PARAMETER = "after";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final String EXPECTED = "must be a cursor from this feed (up to 19 digits)";

    static FeedCursor parse(String value) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new InvalidParameterException(PARAMETER, EXPECTED);
        }
        try {
            return new FeedCursor(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(PARAMETER, EXPECTED);
        }
    }

    @Override
    public String toString() {
        return String.format("%019d", position);
    }
}
