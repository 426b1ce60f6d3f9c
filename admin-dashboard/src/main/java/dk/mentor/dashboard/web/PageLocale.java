package dk.mentor.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: the user's switch (a cookie) wins, then the browser's
 * Accept-Language, and Danish when neither names a language the dashboard has.
 */
@RequestScoped
public class PageLocale {

    static final String COOKIE = "mentor-lang";
    static final Locale DANISH = Locale.forLanguageTag("da");
    static final List<String> SUPPORTED = List.of("da", "en");

    @Context
    HttpHeaders headers;

    public Locale get() {
        return choose(headers.getCookies().get(COOKIE), headers.getAcceptableLanguages());
    }

    static Locale choose(Cookie chosen, List<Locale> acceptable) {
        if (chosen != null && SUPPORTED.contains(chosen.getValue())) {
            return Locale.forLanguageTag(chosen.getValue());
        }
        return acceptable.stream()
                .map(Locale::getLanguage)
                .filter(SUPPORTED::contains)
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(DANISH);
    }
}
