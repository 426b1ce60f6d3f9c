package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void danishAndEnglishHaveATextForEveryMessageAndNothingElse() throws IOException {
        Set<String> messages = Arrays.stream(Msg.class.getDeclaredMethods()).map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(messages, new TreeSet<>(load("da").stringPropertyNames()), "msg_da.properties against Msg");
        assertEquals(messages, new TreeSet<>(load("en").stringPropertyNames()), "msg_en.properties against Msg");
        Set<String> reports = Arrays.stream(ReportMsg.class.getDeclaredMethods()).map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(reports, new TreeSet<>(load("rep", "da").stringPropertyNames()), "rep_da.properties against ReportMsg");
        assertEquals(reports, new TreeSet<>(load("rep", "en").stringPropertyNames()), "rep_en.properties against ReportMsg");
        Set<String> work = Arrays.stream(WorkMsg.class.getDeclaredMethods()).map(m -> m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(work, new TreeSet<>(load("work", "da").stringPropertyNames()), "work_da.properties against WorkMsg");
        assertEquals(work, new TreeSet<>(load("work", "en").stringPropertyNames()), "work_en.properties against WorkMsg");
    }

    /** Quarkus 3.33 generates a broken resolver for a bundle of more than 300 messages: the second bundle keeps both below. */
    @Test
    void eachBundleStaysBelowTheSizeQuarkusCanGenerate() {
        assertTrue(Msg.class.getDeclaredMethods().length <= 300, "Msg has " + Msg.class.getDeclaredMethods().length);
        assertTrue(ReportMsg.class.getDeclaredMethods().length <= 300);
        assertTrue(WorkMsg.class.getDeclaredMethods().length <= 300);
    }

    @Test
    void noTextIsEmptyAndTheTwoLanguagesDiffer() throws IOException {
        for (String bundle : List.of("msg", "rep", "work")) {
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
