package dk.mentor.dashboard.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts, numbers and dates as Danish municipal staff read them (12.345,50 kr, 03-12-2026), in
 * both languages of the UI: the amounts are Danish kroner and the dates Danish case dates. In a
 * template: {@code {claim.total.kr}}, {@code {plan.openedOn.dk}}, {@code {mentor.hours.number}}.
 */
@TemplateExtension
public final class DanishFormats {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private DanishFormats() {
    }

    static String kr(BigDecimal amount) {
        return amount == null ? "" : pattern("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP)) + " kr";
    }

    /** Up to two decimals, none when whole: 7,5 and 12. */
    static String number(BigDecimal value) {
        return value == null ? "" : pattern("#,##0.##").format(value);
    }

    /** A count with the Danish thousands separator: 1.000. */
    static String grouped(long count) {
        return pattern("#,##0").format(count);
    }

    static String dk(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as a Danish case worker reads it, in Danish time: 03-12-2026 14:05. */
    static String dkTime(OffsetDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZoneSameInstant(DANISH_TIME));
    }

    // DecimalFormat is not thread-safe: a fresh one per call
    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DANISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
