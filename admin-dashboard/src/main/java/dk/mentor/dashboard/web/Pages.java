package dk.mentor.dashboard.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What every page's layout needs besides the page's own data: the user and the language. */
@RequestScoped
public class Pages {

    @Inject
    CurrentUser user;

    @Inject
    PageLocale locale;

    @Inject
    HttpServerRequest request;

    public TemplateInstance page(TemplateInstance page, String active) {
        return common(page).data("viewer", user.viewer()).data("active", active);
    }

    /** A page shown signed out (no user), e.g. after logging out. */
    public TemplateInstance common(TemplateInstance page) {
        Locale chosen = locale.get();
        page.setLocale(chosen);
        // the language switch comes back to this address
        return page.data("lang", chosen.getLanguage()).data("viewer", null).data("active", null)
                .data("here", URLEncoder.encode(request.uri(), StandardCharsets.UTF_8));
    }
}
