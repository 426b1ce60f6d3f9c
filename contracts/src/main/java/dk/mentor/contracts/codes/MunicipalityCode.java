package dk.mentor.contracts.codes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Danish municipality, identified by its kommunekode. The canonical form is the 4-digit,
 * zero-padded code used by DAWA and in our tokens and events ("0101"); the 3-digit form used by
 * Danmarks Statistik and CPR ("101") is accepted on input and normalised.
 *
 * <p>In JSON (events, tokens, REST) a municipality is always its code string: producers write
 * {@link #code()}, readers call {@link #of(String)}. {@link #toString()} also returns the code so
 * that string concatenation and logging show the same form.
 *
 * <p>Instances are canonical (one per municipality), so {@code ==} and {@code equals} agree.
 */
public final class MunicipalityCode implements Comparable<MunicipalityCode> {

    private static final Map<String, MunicipalityCode> BY_CODE = MunicipalityRegister.namesByCode()
            .entrySet().stream()
            .map(entry -> new MunicipalityCode(entry.getKey(), entry.getValue()))
            .collect(Collectors.toUnmodifiableMap(MunicipalityCode::code, Function.identity()));

    private static final List<MunicipalityCode> ALL = BY_CODE.values().stream().sorted().toList();

    private final String code;
    private final String name;

    private MunicipalityCode(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /**
     * The municipality with this code.
     *
     * @throws IllegalArgumentException if the value is not the 3- or 4-digit code of one of the
     *                                  98 municipalities
     */
    public static MunicipalityCode of(String value) {
        MunicipalityCode municipality = value == null ? null : BY_CODE.get(padded(value));
        if (municipality == null) {
            throw new IllegalArgumentException("Not a Danish municipality code: '" + value + "'");
        }
        return municipality;
    }

    public static boolean isValid(String value) {
        return value != null && BY_CODE.containsKey(padded(value));
    }

    /** All 98 municipalities, sorted by code. */
    public static List<MunicipalityCode> all() {
        return ALL;
    }

    // Only exact 3-digit input gets a leading zero; anything else is looked up as given and fails.
    private static String padded(String value) {
        return value.length() == 3 ? "0" + value : value;
    }

    /** The 4-digit code, e.g. "0751". */
    public String code() {
        return code;
    }

    /** The official name, e.g. "Aarhus". */
    public String name() {
        return name;
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MunicipalityCode that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    /** The 4-digit code, the form used in JSON. */
    @Override
    public String toString() {
        return code;
    }
}
