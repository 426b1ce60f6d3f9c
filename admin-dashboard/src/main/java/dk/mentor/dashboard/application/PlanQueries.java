package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** What the caseworker's pages read from followup-service. */
@ApplicationScoped
public class PlanQueries {

    /** The largest page followup-service serves; a plan's timeline paging comes with the full timeline. */
    private static final int MAX_PAGE = 200;

    private final ServiceClient services;

    public PlanQueries(ServiceClient services) {
        this.services = services;
    }

    /** The plans of the user's municipalities, as the service lists them for the user. */
    public Section<Page<PlanRow>> plans(int page, String accessToken) {
        Reply<Page<PlanRow>> reply = services.get(Backend.FOLLOWUP, "/api/v1/plans?page=" + Math.max(page, 0) + "&size=50",
                accessToken, new TypeReference<Page<PlanRow>>() { }).join();
        return Section.from(Backend.FOLLOWUP, reply);
    }

    public PlanView plan(UUID id, String accessToken) {
        CompletableFuture<Reply<PlanRow>> plan = services.get(Backend.FOLLOWUP, "/api/v1/plans/" + id, accessToken,
                new TypeReference<PlanRow>() { });
        CompletableFuture<Reply<Page<Participant>>> participants = services.get(Backend.FOLLOWUP,
                "/api/v1/plans/" + id + "/participants?size=" + MAX_PAGE, accessToken, new TypeReference<Page<Participant>>() { });
        CompletableFuture<Reply<Page<Meeting>>> meetings = services.get(Backend.FOLLOWUP,
                "/api/v1/plans/" + id + "/meetings?size=" + MAX_PAGE, accessToken, new TypeReference<Page<Meeting>>() { });
        // oldest first, as the service lists them: the trend over time
        CompletableFuture<Reply<Page<Progression>>> progressions = services.get(Backend.FOLLOWUP,
                "/api/v1/plans/" + id + "/progressions?size=" + MAX_PAGE, accessToken, new TypeReference<Page<Progression>>() { });
        return new PlanView(Section.from(Backend.FOLLOWUP, plan.join()),
                Section.from(Backend.FOLLOWUP, participants.join(), p -> byLegalBasis(p.items())),
                Section.from(Backend.FOLLOWUP, meetings.join(), m -> newestFirst(m.items())),
                Section.from(Backend.FOLLOWUP, progressions.join(), Page::items));
    }

    /** Groups in the order of the legal basis codes, so the same plan always reads the same way. */
    static List<BasisGroup> byLegalBasis(List<Participant> participants) {
        Map<String, List<Participant>> groups = new LinkedHashMap<>();
        participants.stream()
                .sorted(Comparator.comparing((Participant p) -> p.legalBasis() == null ? "" : p.legalBasis())
                        .thenComparing(p -> p.displayName() == null ? "" : p.displayName()))
                .forEach(p -> groups.computeIfAbsent(p.legalBasis() == null ? "" : p.legalBasis(), k -> new ArrayList<>()).add(p));
        return groups.entrySet().stream().map(e -> new BasisGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static List<Meeting> newestFirst(List<Meeting> meetings) {
        return meetings.stream()
                .sorted(Comparator.comparing(Meeting::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}
