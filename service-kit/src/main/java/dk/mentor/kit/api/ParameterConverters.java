package dk.mentor.kit.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one conversion of path, query and header parameters for every service. JAX-RS answers a query
 * or path value it cannot convert with a bare 404, which tells a client nothing; these converters
 * answer 400 validation-failed naming the parameter and what it must be, so resources can declare
 * typed parameters ({@code @QueryParam("kind") MentorKind kind}) instead of parsing strings by hand.
 * Enum values are matched ignoring case and surrounding blanks. A blank query or header value counts
 * as absent; a blank path segment ("/mentors/%20") is refused, as a path always names something.
 * Primitive parameters bypass providers, so resources use the boxed types.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private record Kind(String expected, Function<String, Object> parse) {
    }

    private static final Map<Class<?>, Kind> KINDS = Map.of(
            Integer.class, new Kind("a whole number", Integer::valueOf),
            Long.class, new Kind("a whole number", Long::valueOf),
            BigDecimal.class, new Kind("a number", BigDecimal::new),
            LocalDate.class, new Kind("a date, yyyy-MM-dd", LocalDate::parse),
            LocalTime.class, new Kind("a time of day, HH:mm", LocalTime::parse),
            UUID.class, new Kind("a UUID", ParameterConverters::uuid),
            Instant.class, new Kind("an RFC 3339 instant with offset, e.g. 2026-12-03T10:15:30Z",
                    v -> OffsetDateTime.parse(v).toInstant()));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        boolean inPath = Arrays.stream(annotations).anyMatch(PathParam.class::isInstance);
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter((Class<? extends Enum>) rawType, name, inPath);
        }
        Kind kind = KINDS.get(rawType);
        return kind == null ? null
                : new Converter<>(name, inPath, kind.expected(), v -> rawType.cast(kind.parse().apply(v)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E extends Enum<E>> ParamConverter<E> enumConverter(Class type, String name, boolean inPath) {
        String expected = "one of " + Arrays.toString(type.getEnumConstants());
        return new Converter<E>(name, inPath, expected, v -> (E) Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
    }

    /** UUID.fromString accepts short forms like "1-2-3-4-5"; an id must be the canonical 36 characters. */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(value);
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private record Converter<T>(String name, boolean inPath, String expected, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if ((value == null || value.isBlank()) && inPath) {
                throw new InvalidParameterException(name, "must be " + expected);
            }
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (RuntimeException e) {
                throw new InvalidParameterException(name, "must be " + expected);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
