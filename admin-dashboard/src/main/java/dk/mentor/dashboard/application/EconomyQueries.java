package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** What the finance officer's period reports read from refusion-service: settlements and cost and effect. */
@ApplicationScoped
public class EconomyQueries {

    private final ServiceClient services;

    public EconomyQueries(ServiceClient services) {
        this.services = services;
    }

    /** What {@code municipality} and each other municipality owe each other for the period. */
    public Section<Settlement> settlements(String municipality, LocalDate from, LocalDate to, String accessToken) {
        return Section.from(Backend.REFUSION, services.get(Backend.REFUSION, "/api/v1/settlements" + period(municipality, from, to),
                accessToken, new TypeReference<Settlement>() { }).join());
    }

    /** Net cost per citizen-month and outcomes, per target group and mentor kind, for the period. */
    public Section<CostAndEffect> costAndEffect(String municipality, LocalDate from, LocalDate to, String accessToken) {
        return Section.from(Backend.REFUSION, services.get(Backend.REFUSION, "/api/v1/cost-and-effect" + period(municipality, from, to),
                accessToken, new TypeReference<CostAndEffect>() { }).join());
    }

    /**
     * A report as refusion-service renders it for a spreadsheet ({@code settlements} or {@code cost-and-effect}):
     * passed through as it is, like a claim's CSV.
     */
    public Section<ClaimFile> csv(String report, String municipality, LocalDate from, LocalDate to, String accessToken) {
        return Section.from(Backend.REFUSION, services.download(Backend.REFUSION, "/api/v1/" + report + "/csv"
                + period(municipality, from, to), accessToken).join(), d -> new ClaimFile(d.body(), d.contentType(),
                d.contentDisposition()));
    }

    /** Municipality codes are four digits (checked by the page) and dates ISO: nothing here needs encoding. */
    private static String period(String municipality, LocalDate from, LocalDate to) {
        return "?municipality=" + municipality + "&from=" + from + "&to=" + to;
    }
}
