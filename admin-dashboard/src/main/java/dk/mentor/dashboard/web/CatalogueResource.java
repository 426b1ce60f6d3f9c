package dk.mentor.dashboard.web;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.dashboard.application.CatalogueQueries;
import dk.mentor.dashboard.application.CodeListQueries;
import dk.mentor.dashboard.application.MentorFilter;
import dk.mentor.dashboard.application.MentorRow;
import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The coordinator's catalogue: the filter form and the results. With JavaScript, htmx swaps only
 * the results on every change and keeps the address bar in step; without it the form submits the
 * whole page, so both give the same bookmarkable address.
 */
@Path("/catalogue")
@Produces(MediaType.TEXT_HTML)
public class CatalogueResource {

    /** Choices for the language filter (ISO 639-1), named in the page's language by the JDK. */
    static final List<String> LANGUAGES = List.of("da", "en", "ar", "so", "tr", "fa", "ur", "uk", "pl", "de", "ti", "ku", "bs");
    static final List<String> KINDS = List.of("PAID_SOCIAL_MENTOR", "VOLUNTEER", "COMPANY_MENTOR", "MUNICIPAL_EMPLOYEE",
            "SUPPORT_CONTACT_PERSON_SEL85", "CONTACT_PERSON_SEL99", "INTEGRATION_MENTOR");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance catalogue(CatalogueForm form, Section<Page<MentorRow>> results, List<Option> kinds,
                                                 List<Option> languages, List<Option> targetGroups, List<Option> municipalities);

        static native TemplateInstance results(CatalogueForm form, Section<Page<MentorRow>> results);
    }

    @Inject
    CatalogueQueries catalogue;

    @Inject
    CodeListQueries codeLists;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @Inject
    PageLocale locale;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance page(@BeanParam CatalogueForm form) {
        Section<Page<MentorRow>> results = catalogue.search(form.filter(), user.accessToken());
        return pages.page(Templates.catalogue(form, results, Option.codes(KINDS), languages(), Option.of(codeLists.targetGroups(user.accessToken()), locale),
                municipalities()), "catalogue");
    }

    /** The results alone, for htmx; the address bar shows the whole page's address with the same filter. */
    @GET
    @Path("/results")
    public Response results(@BeanParam CatalogueForm form) {
        Section<Page<MentorRow>> results = catalogue.search(form.filter(), user.accessToken());
        String query = uri.getRequestUri().getRawQuery();
        return Response.ok(pages.common(Templates.results(form, results)))
                .header("HX-Push-Url", "/catalogue" + (query == null ? "" : "?" + query)).build();
    }

    private List<Option> languages() {
        return LANGUAGES.stream()
                .map(code -> new Option(code, Locale.forLanguageTag(code).getDisplayLanguage(locale.get())))
                .toList();
    }

    private static List<Option> municipalities() {
        return MunicipalityCode.all().stream().map(m -> new Option(m.code(), m.name()))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    /** A choice in a select: the value the service takes, and the label (or null: the label comes from the messages). */
    public record Option(String value, String label) {
        static List<Option> codes(List<String> codes) {
            return codes.stream().map(code -> new Option(code, null)).toList();
        }

        /** The entries of a code list, named in the page's language as catalog names them. */
        static List<Option> of(List<CodeListQueries.Entry> entries, PageLocale locale) {
            String language = locale.get().getLanguage();
            return entries.stream().map(entry -> new Option(entry.code(), entry.name(language))).toList();
        }
    }
}
