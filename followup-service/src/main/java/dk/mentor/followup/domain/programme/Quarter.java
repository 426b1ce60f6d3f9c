package dk.mentor.followup.domain.programme;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written 2026-Q4: the period of a programme's status report (seed 003 p.3: status notes). */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2999) {
            throw new IllegalArgumentException("a quarter is written yyyy-Qn, e.g. 2026-Q4");
        }
    }

    /** @throws IllegalArgumentException if the text is not yyyy-Qn */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written yyyy-Qn, e.g. 2026-Q4");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate from() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate to() {
        return from().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
