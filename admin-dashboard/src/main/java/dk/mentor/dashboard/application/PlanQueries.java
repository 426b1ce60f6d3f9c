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

/** What the caseworker's and the mentor's pages read from followup-service. */
@ApplicationScoped
public class PlanQueries {

    /** The largest page followup-service serves; a plan with more of one kind shows its first ones. */
    private static final int MAX_PAGE = 200;

    private final ServiceClient services;

    public PlanQueries(ServiceClient services) {
        this.services = services;
    }

    /** The plans of the user's municipalities (for a mentor: the plans they take part in), as the service lists them. */
    public Section<Page<PlanRow>> plans(int page, String accessToken) {
        Reply<Page<PlanRow>> reply = services.get(Backend.FOLLOWUP, "/api/v1/plans?page=" + Math.max(page, 0) + "&size=50",
                accessToken, new TypeReference<Page<PlanRow>>() { }).join();
        return Section.from(Backend.FOLLOWUP, reply);
    }

    /** Everything the plan's page shows, asked for all at once: the page takes as long as the slowest call. */
    public PlanView plan(UUID id, String accessToken) {
        String base = "/api/v1/plans/" + id;
        CompletableFuture<Reply<PlanRow>> plan = services.get(Backend.FOLLOWUP, base, accessToken, new TypeReference<PlanRow>() { });
        CompletableFuture<Reply<Page<Participant>>> participants = list(base + "/participants", accessToken,
                new TypeReference<Page<Participant>>() { });
        CompletableFuture<Reply<Page<Goal>>> goals = list(base + "/goals", accessToken, new TypeReference<Page<Goal>>() { });
        CompletableFuture<Reply<Page<Meeting>>> meetings = list(base + "/meetings", accessToken, new TypeReference<Page<Meeting>>() { });
        // oldest first, as the service lists them: the trend over time
        CompletableFuture<Reply<Page<Progression>>> ratings = list(base + "/progressions", accessToken,
                new TypeReference<Page<Progression>>() { });
        CompletableFuture<Reply<Page<Consent>>> consents = list(base + "/consents", accessToken, new TypeReference<Page<Consent>>() { });
        CompletableFuture<Reply<Page<Incident>>> incidents = list(base + "/incidents", accessToken,
                new TypeReference<Page<Incident>>() { });
        // the service lists hand-overs per user, not per plan: the plan's own are picked below
        CompletableFuture<Reply<Page<HandOver>>> handOvers = list("/api/v1/hand-overs", accessToken,
                new TypeReference<Page<HandOver>>() { });

        Section<PlanRow> planSection = Section.from(Backend.FOLLOWUP, plan.join());
        Section<List<Participant>> participantList = Section.from(Backend.FOLLOWUP, participants.join(), Page::items);
        List<Participant> people = participantList.isAvailable() ? participantList.value() : List.of();
        List<String> gaps = new ArrayList<>();
        Timeline timeline = Timeline.of(new Timeline.Parts(planSection.value(), participantList.value(),
                part(goals.join(), gaps), part(meetings.join(), gaps), part(ratings.join(), gaps), part(consents.join(), gaps),
                planOnly(id, part(handOvers.join(), gaps)), part(incidents.join(), gaps)),
                participantList.isAvailable() ? gaps : withGap(gaps, participantList.messageKey()));
        Section<List<Progression>> progressions = Section.from(Backend.FOLLOWUP, ratings.join(), Page::items);
        return new PlanView(planSection, Section.from(Backend.FOLLOWUP, participants.join(), p -> byLegalBasis(p.items())),
                DoubleRole.among(people), DoubleRole.participations(people), timeline, progressions,
                meetingParticipants(people), meetingBases(people));
    }

    private <T> CompletableFuture<Reply<Page<T>>> list(String path, String accessToken, TypeReference<Page<T>> type) {
        return services.get(Backend.FOLLOWUP, path + "?size=" + MAX_PAGE, accessToken, type);
    }

    /**
     * The items of one part of the timeline, or null (noting why in {@code gaps}) when the service
     * did not give them. A part the user's role may not read (403, e.g. consents for a mentor) is
     * left out without a note: it is not missing for them.
     */
    private static <T> List<T> part(Reply<Page<T>> reply, List<String> gaps) {
        if (reply instanceof Reply.Ok<Page<T>> ok) {
            return ok.body().items();
        }
        if (!(reply instanceof Reply.Problem<Page<T>> problem && problem.status() == 403)) {
            gaps.add(Section.from(Backend.FOLLOWUP, reply).messageKey());
        }
        return null;
    }

    private static List<String> withGap(List<String> gaps, String key) {
        List<String> all = new ArrayList<>(gaps);
        all.add(key);
        return all;
    }

    private static List<HandOver> planOnly(UUID plan, List<HandOver> handOvers) {
        return handOvers == null ? null : handOvers.stream().filter(h -> plan.equals(h.planId())).toList();
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

    /** Whom a meeting can be logged under: the participations still running, except the caseworker's own. */
    static List<Participant> meetingParticipants(List<Participant> participants) {
        return participants.stream().filter(p -> p.endedOn() == null && !"CASEWORKER".equals(p.role()))
                .sorted(Comparator.comparing((Participant p) -> p.displayName() == null ? "" : p.displayName())
                        .thenComparing(p -> p.legalBasis() == null ? "" : p.legalBasis()))
                .toList();
    }

    /** The legal bases the meeting form offers to split minutes between (a person acting under two must split). */
    static List<String> meetingBases(List<Participant> participants) {
        return meetingParticipants(participants).stream().map(Participant::legalBasis).filter(b -> b != null && !b.isBlank())
                .distinct().sorted().toList();
    }
}
