package dk.mentor.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The municipality and period a finance report is for, from the form's fields: only the user's own
 * municipalities are offered (the service refuses others anyway), and a blank or unreadable day falls
 * back to this year so far.
 */
record PeriodForm(String municipality, LocalDate from, LocalDate to, List<String> municipalities) {

    static PeriodForm of(String municipality, String from, String to, List<String> mine, Clock clock) {
        String chosen = municipality != null && mine.contains(municipality) ? municipality : (mine.isEmpty() ? "" : mine.get(0));
        LocalDate today = LocalDate.now(clock);
        return new PeriodForm(chosen, day(from, today.withDayOfYear(1)), day(to, today), mine);
    }

    private static LocalDate day(String value, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
