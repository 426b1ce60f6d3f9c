package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    }

    @Test
    void noTextIsEmptyAndTheTwoLanguagesDiffer() throws IOException {
        Properties danish = load("da");
        Properties english = load("en");
        for (String key : danish.stringPropertyNames()) {
            assertTrue(!danish.getProperty(key).isBlank() && !english.getProperty(key).isBlank(), key + " is empty");
        }
        assertEquals("Ikke fundet", danish.getProperty("not_found_title"));
        assertEquals("Not found", english.getProperty("not_found_title"));
    }

    /** One language's bundle as written, shared with CodeMessagesTest. */
    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
