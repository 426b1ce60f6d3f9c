package dk.mentor.contracts.codes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A Danish CPR number (personnummer).
 *
 * <p>Validation checks the format and that the birth date exists. It deliberately does not
 * require the modulus-11 check: since 1 October 2007 CPR issues numbers that fail it, and states
 * that they are fully valid. {@link #passesModulus11()} is offered as information only.
 *
 * <p>The number is personal data that must never reach a log line or an error report, so
 * {@link #toString()} is masked and no exception message repeats the input. This is a class and
 * not a record because a record's generated {@code toString} would print the number. Only the one
 * place that encrypts or hashes the number should call {@link #digits()}.
 */
public final class Cpr {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{6}-?[0-9]{4}");
    private static final int[] MODULUS_11_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    private final String digits;
    private final LocalDate birthDate;

    private Cpr(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /**
     * Parses "DDMMYY-SSSS" or "DDMMYYSSSS", ignoring surrounding whitespace.
     *
     * @throws IllegalArgumentException if the format is wrong or the birth date does not exist;
     *                                  the message never contains the input
     */
    public static Cpr parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("CPR number is missing");
        }
        String trimmed = value.strip();
        if (!FORMAT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("CPR number is not 10 digits in the form DDMMYY-SSSS or DDMMYYSSSS");
        }
        String digits = trimmed.replace("-", "");
        return new Cpr(digits, birthDateOf(digits));
    }

    public static boolean isValid(String value) {
        try {
            parse(value);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    private static LocalDate birthDateOf(String digits) {
        int day = number(digits, 0, 2);
        int month = number(digits, 2, 4);
        int yearOfCentury = number(digits, 4, 6);
        int year = century(digits.charAt(6) - '0', yearOfCentury) + yearOfCentury;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException noSuchDate) {
            // Not chained as the cause: its message names the date, which is part of the number.
            throw new IllegalArgumentException("CPR number has no such birth date");
        }
    }

    // CPR's table: the first serial digit together with the year of century gives the century.
    private static int century(int firstSerialDigit, int yearOfCentury) {
        if (firstSerialDigit <= 3) {
            return 1900;
        }
        if (firstSerialDigit == 4 || firstSerialDigit == 9) {
            return yearOfCentury <= 36 ? 2000 : 1900;
        }
        return yearOfCentury <= 57 ? 2000 : 1800;
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits.substring(from, to));
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The 10 digits without a dash; for encryption and keyed hashing only, never for display. */
    public String digits() {
        return digits;
    }

    /** Whether the weighted digit sum is divisible by 11; not a validity criterion (see class doc). */
    public boolean passesModulus11() {
        int sum = 0;
        for (int i = 0; i < MODULUS_11_WEIGHTS.length; i++) {
            sum += MODULUS_11_WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cpr that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Cpr[masked]";
    }
}
