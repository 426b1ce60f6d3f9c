package dk.mentor.dashboard.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The legal bases and target groups in force today, as catalog-service keeps them: an administrator adds
 * a code there (a reform's new category) and the forms offer it at once, named as catalog names it. When
 * catalog does not answer, the forms offer the codes the suite was seeded with, named by the dashboard's
 * messages, so a caseworker can still refer a citizen.
 */
@ApplicationScoped
public class CodeListQueries {

    /** A code and its names, as catalog's code list gives it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String code, String nameDa, String nameEn) {

        /** The name in the page's language; null when unknown (the page then names the code from its messages). */
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameDa;
        }
    }

    public static final List<String> SEEDED_LEGAL_BASES = List.of("LAB_167", "LAB_31B", "LAB_78", "LAB_40_3", "INL_23D", "SEL_85",
            "SEL_85A", "SEL_99", "VOLUNTARY");
    public static final List<String> SEEDED_TARGET_GROUPS = List.of("YOUNG_LITTLE_SYSTEM_KNOWLEDGE", "HOME_STAYING_WOMEN",
            "SICK_LISTED", "DISABILITY_PENSION_APPLICANTS", "SUBSTANCE_MISUSE", "LANGUAGE_BARRIERS", "PROVIDER_PROBLEMS",
            "INFORMATION_NEEDS", "RETENTION_IN_JOB_OR_EDUCATION", "SOCIAL_AND_MENTAL_PROBLEMS", "INSURED_UNEMPLOYED",
            "LONG_TERM_UNEMPLOYED", "JOB_READY", "EDUCATION_READY", "EMPLOYED", "SELF_SUPPORTING", "ACTIVITY_READY",
            "RESOURCE_COURSE", "FLEX_JOB", "SICKNESS_BENEFIT", "REHABILITATION", "VULNERABLE_YOUNG_UNEMPLOYED",
            "INTEGRATION_PROGRAMME");

    private final ServiceClient services;

    public CodeListQueries(ServiceClient services) {
        this.services = services;
    }

    public List<Entry> legalBases(String accessToken) {
        return inForce("LEGAL_BASIS", SEEDED_LEGAL_BASES, accessToken);
    }

    public List<Entry> targetGroups(String accessToken) {
        return inForce("TARGET_GROUP", SEEDED_TARGET_GROUPS, accessToken);
    }

    private List<Entry> inForce(String list, List<String> seeded, String accessToken) {
        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        Reply<List<Entry>> reply = services.get(Backend.CATALOG, "/api/v1/code-lists/" + list + "?on=" + today, accessToken,
                new TypeReference<List<Entry>>() { }).join();
        return reply instanceof Reply.Ok<List<Entry>> ok ? ok.body()
                : seeded.stream().map(code -> new Entry(code, null, null)).toList();
    }
}
