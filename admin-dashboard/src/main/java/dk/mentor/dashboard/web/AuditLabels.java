package dk.mentor.dashboard.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The audit trail's action codes ({@code log-meeting}) and the services' default purposes ({@code follow-up})
 * as words in the page's language: {@code {r.entry.action.auditAction(lang)}}. An unknown code, or a purpose a
 * caller wrote itself (free text), is shown as written. The names live in audit/labels_da.properties and
 * labels_en.properties, read once: a plain table of some 140 codes per language, kept out of the message
 * bundles because Quarkus 3.33 cannot generate a bundle of more than 300 messages and a code with spaces or an
 * apostrophe ("citizen's request for access") does not fit a {#case} of a message.
 */
@TemplateExtension
public final class AuditLabels {

    private static final Map<String, Properties> LABELS = Map.of("da", load("da"), "en", load("en"));

    private AuditLabels() {
    }

    static String auditAction(String code, String lang) {
        return label("action.", code, lang);
    }

    static String auditPurpose(String purpose, String lang) {
        return label("purpose.", purpose, lang);
    }

    /** Whether the code has a name of its own, so the page shows the raw code beside it only then. */
    static boolean auditActionKnown(String code) {
        return code != null && LABELS.get("da").containsKey("action." + code);
    }

    static boolean auditPurposeKnown(String purpose) {
        return purpose != null && LABELS.get("da").containsKey("purpose." + purpose);
    }

    private static String label(String kind, String code, String lang) {
        if (code == null) {
            return "";
        }
        return LABELS.getOrDefault(lang, LABELS.get("da")).getProperty(kind + code, code);
    }

    static Properties load(String language) {
        Properties labels = new Properties();
        try (InputStream in = AuditLabels.class.getResourceAsStream("/audit/labels_" + language + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
