package dk.mentor.refusion.api;

import dk.mentor.kit.time.DanishTime;
import dk.mentor.refusion.domain.ClaimStatus;
import dk.mentor.refusion.domain.LineKind;
import dk.mentor.refusion.domain.RefundRounding;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the printable documents write figures for a Danish reader: {@code {da:kr(amount)}} gives
 * "12.345,50 kr", {@code {da:dato(day)}} "03-12-2026". The symbols are fixed rather than taken from
 * the JVM's locale data, so the output does not change with the JDK. A missing value prints as empty.
 */
@TemplateExtension(namespace = "da")
final class DanishFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm");

    private DanishFormats() {
    }

    static String kr(BigDecimal amount) {
        return amount == null ? "" : number(amount) + " kr";
    }

    private static String number(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    static String dato(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The moment as Danish wall-clock time. */
    static String tidspunkt(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(DanishTime.ZONE));
    }

    static String status(ClaimStatus status) {
        return switch (status) {
            case DRAFT -> "Kladde";
            case SUBMITTED -> "Indsendt";
            case APPROVED -> "Godkendt";
            case REJECTED -> "Afvist";
            case PAID -> "Udbetalt";
        };
    }

    /** A refund rate as a Danish percentage: 0.5 gives "50 %". */
    static String pct(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    static String afrunding(RefundRounding rounding) {
        return switch (rounding) {
            case PER_CLAIM_HALF_UP -> "Afrundet én gang pr. sats (halvt op)";
            case PER_LINE_HALF_UP -> "Afrundet pr. linje (halvt op)";
        };
    }

    static String art(LineKind kind) {
        return switch (kind) {
            case MEETING -> "Møde";
            case TRANSPORT -> "Transport";
            case CANCELLATION -> "Afbud";
            case TRAINING -> "Kursus";
            case TRAINING_WAGE -> "Løn under kursus";
            case FEE -> "Gebyr";
        };
    }
}
