package dk.mentor.followup.domain.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A code of the registration dataset: stored and exchanged by its constant, shown to users by its
 * Danish label. The labels live in one file, labels.properties next to this class (UTF-8), so a
 * wording is changed without touching the codes.
 */
public interface Coded {

    String name();

    /** The Danish text users read in reports and exports; the constant itself if no label is written. */
    default String label() {
        return labelOf((Enum<?>) this);
    }

    /** The Danish label of any code the registrations use, the plan's closure outcome included. */
    static String labelOf(Enum<?> code) {
        return code == null ? null : Labels.TEXTS.getProperty(code.getDeclaringClass().getSimpleName() + "." + code.name(), code.name());
    }

    /** Any other Danish text of the registration reports, e.g. "Measure.CLOSED"; the key itself if none is written. */
    static String text(String key) {
        return Labels.TEXTS.getProperty(key, key);
    }

    /** Read once, when the first label is asked for. */
    final class Labels {
        static final Properties TEXTS = load();

        private Labels() {
        }

        private static Properties load() {
            Properties texts = new Properties();
            try (InputStream in = Coded.class.getResourceAsStream("labels.properties")) {
                if (in != null) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return texts;
        }
    }
}
