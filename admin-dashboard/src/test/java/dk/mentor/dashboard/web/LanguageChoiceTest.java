package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Test
    void danishUnlessTheBrowserOrTheSwitchAsksForEnglish() {
        assertEquals(PageLocale.DANISH, PageLocale.choose(null, List.of()));
        assertEquals(PageLocale.DANISH, PageLocale.choose(null, List.of(Locale.forLanguageTag("de-DE"))));
        assertEquals(ENGLISH, PageLocale.choose(null, List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en-GB"))));
        assertEquals(PageLocale.DANISH, PageLocale.choose(null, List.of(Locale.forLanguageTag("da-DK"), ENGLISH)));
    }

    @Test
    void theSwitchWinsOverTheBrowser() {
        assertEquals(ENGLISH, PageLocale.choose(new Cookie.Builder(PageLocale.COOKIE).value("en").build(),
                List.of(Locale.forLanguageTag("da"))));
        assertEquals(PageLocale.DANISH, PageLocale.choose(new Cookie.Builder(PageLocale.COOKIE).value("da").build(),
                List.of(ENGLISH)));
        assertEquals(ENGLISH, PageLocale.choose(new Cookie.Builder(PageLocale.COOKIE).value("xx").build(), List.of(ENGLISH)));
    }

    @Test
    void theSwitchOnlyGoesBackToThisSite() {
        assertEquals("/plans/1?x=2", LanguageResource.sameSiteOnly("/plans/1?x=2"));
        assertEquals("/", LanguageResource.sameSiteOnly("https://evil.example/"));
        assertEquals("/", LanguageResource.sameSiteOnly("//evil.example/"));
        assertEquals("/", LanguageResource.sameSiteOnly("/\\evil.example"));
        assertEquals("/", LanguageResource.sameSiteOnly(null));
    }
}
