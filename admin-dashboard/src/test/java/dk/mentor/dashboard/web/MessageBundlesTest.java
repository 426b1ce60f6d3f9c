package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Both languages have every text: Qute falls back to Danish silently for a key missing in English,
 * and the build only insists on the Danish file, so this test is what keeps English complete.
 */
class MessageBundlesTest {

    /** Each bundle by its name in templates (msg: is the default bundle) and its interface, split by page area. */
    static final Map<String, Class<?>> BUNDLES = Map.of("msg", Msg.class, "rep", ReportMsg.class, "work", WorkMsg.class,
            "cat", CatalogueMsg.class, "plan", PlanMsg.class, "fin", FinanceMsg.class, "match", MatchingMsg.class);

    @Test
    void danishAndEnglishHaveATextForEveryMessageAndNothingElse() throws IOException {
        for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
            Set<String> messages = Arrays.stream(bundle.getValue().getDeclaredMethods()).map(m -> m.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            for (String language : List.of("da", "en")) {
                assertEquals(messages, new TreeSet<>(load(bundle.getKey(), language).stringPropertyNames()),
                        bundle.getKey() + "_" + language + ".properties against " + bundle.getValue().getSimpleName());
            }
        }
    }

    @Test
    void noMessageIsInTwoBundles() {
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
            if (bundle.getKey().equals("work")) {
                continue; // the daily-work forms' texts are their own, and a name there may repeat an older page's
            }
            for (var method : bundle.getValue().getDeclaredMethods()) {
                assertTrue(seen.add(method.getName()), method.getName() + " is in two bundles");
            }
        }
    }

    /** Quarkus 3.33 generates a broken resolver for a bundle of more than 300 messages: the bundles by page area keep each below. */
    @Test
    void eachBundleStaysBelowTheSizeQuarkusCanGenerate() {
        BUNDLES.values().forEach(bundle -> assertTrue(bundle.getDeclaredMethods().length <= 300,
                bundle.getSimpleName() + " has " + bundle.getDeclaredMethods().length));
    }

    @Test
    void noTextIsEmptyAndTheTwoLanguagesDiffer() throws IOException {
        for (String bundle : BUNDLES.keySet()) {
            Properties danish = load(bundle, "da");
            Properties english = load(bundle, "en");
            for (String key : danish.stringPropertyNames()) {
                assertTrue(!danish.getProperty(key).isBlank() && !english.getProperty(key).isBlank(), key + " is empty");
            }
        }
        Properties danish = load("da");
        Properties english = load("en");
        assertEquals("Ikke fundet", danish.getProperty("not_found_title"));
        assertEquals("Not found", english.getProperty("not_found_title"));
    }

    /** One language's bundle as written, shared with CodeMessagesTest. */
    static Properties load(String language) throws IOException {
        return load("msg", language);
    }

    static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getResourceAsStream("/messages/" + bundle + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
