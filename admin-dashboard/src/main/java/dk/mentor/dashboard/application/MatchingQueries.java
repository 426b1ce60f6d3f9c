package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * What the coordinator's matching pages read from and ask of matching-service: the referral queue and
 * waiting list, a referral's ranked shortlist, matching rounds and supply against demand.
 */
@ApplicationScoped
public class MatchingQueries {

    /** The statuses matching-service filters referrals by, in the order of the flow. */
    public static final List<String> REFERRAL_STATUSES = List.of("OPEN", "PROPOSED", "WAITING", "CHOSEN", "MEETING_SCHEDULED",
            "MATCHED", "CLOSED");

    private static final String REFERRALS = "/api/v1/referrals";
    private static final String ROUNDS = "/api/v1/matching-rounds";
    private static final int PAGE_SIZE = 50;

    private final ServiceClient services;

    public MatchingQueries(ServiceClient services) {
        this.services = services;
    }

    /** The referrals of the user's municipalities, oldest first (the queue's order), optionally of one status. */
    public Section<Page<Referral>> referrals(Optional<String> status, int page, String accessToken) {
        String query = "?page=" + Math.max(page, 0) + "&size=" + PAGE_SIZE + status.map(s -> "&status=" + s).orElse("");
        return Section.from(Backend.MATCHING, services.get(Backend.MATCHING, REFERRALS + query, accessToken,
                new TypeReference<Page<Referral>>() { }).join());
    }

    /** The referral and its proposals, asked for at once. */
    public ReferralView referral(UUID id, String accessToken) {
        CompletableFuture<Reply<Referral>> referral = services.get(Backend.MATCHING, REFERRALS + "/" + id, accessToken,
                new TypeReference<Referral>() { });
        CompletableFuture<Reply<List<Proposal>>> proposals = services.get(Backend.MATCHING, REFERRALS + "/" + id + "/proposals",
                accessToken, new TypeReference<List<Proposal>>() { });
        return new ReferralView(Section.from(Backend.MATCHING, referral.join()), Section.from(Backend.MATCHING, proposals.join()),
                null);
    }

    /**
     * Ranks the referral read at {@code version}: a new shortlist, or the waiting list with reasons when
     * nobody fits. Empty when matching-service did it, else the message key of why not.
     */
    public Optional<String> shortlist(UUID id, long version, String accessToken) {
        return outcome(services.act(Backend.MATCHING, REFERRALS + "/" + id + "/shortlist", accessToken, version).join());
    }

    /**
     * Runs a matching round over the open referrals of {@code municipalities}. The round's id when it ran,
     * else the message key of why not (matching-service checks the municipalities and the cap).
     */
    public Section<UUID> runRound(List<String> municipalities, Integer maxReferralsPerMentor, String idempotencyKey,
                                  String accessToken) {
        Reply<JsonNode> reply = services.post(Backend.MATCHING, ROUNDS, accessToken, idempotencyKey,
                new RoundRequest(municipalities, maxReferralsPerMentor)).join();
        return Section.from(Backend.MATCHING, reply, body -> UUID.fromString(body.path("id").asText()));
    }

    /** The latest rounds over the user's municipalities, newest first. */
    public Section<Page<MatchingRound>> recentRounds(String accessToken) {
        return Section.from(Backend.MATCHING, services.get(Backend.MATCHING, ROUNDS + "?size=10", accessToken,
                new TypeReference<Page<MatchingRound>>() { }).join());
    }

    /** A round's figures and a page of its proposals, at once. */
    public RoundView round(UUID id, int page, String accessToken) {
        CompletableFuture<Reply<MatchingRound>> round = services.get(Backend.MATCHING, ROUNDS + "/" + id, accessToken,
                new TypeReference<MatchingRound>() { });
        CompletableFuture<Reply<Page<Proposal>>> proposals = services.get(Backend.MATCHING, ROUNDS + "/" + id
                + "/proposals?page=" + Math.max(page, 0) + "&size=" + PAGE_SIZE, accessToken, new TypeReference<Page<Proposal>>() { });
        return new RoundView(Section.from(Backend.MATCHING, round.join()), Section.from(Backend.MATCHING, proposals.join()));
    }

    /** Open referrals against free seats in every municipality the user acts for. */
    public Section<SupplyAndDemand> supplyAndDemand(String accessToken) {
        return Section.from(Backend.MATCHING, services.get(Backend.MATCHING, "/api/v1/reports/supply-and-demand", accessToken,
                new TypeReference<SupplyAndDemand>() { }).join());
    }

    private static Optional<String> outcome(Reply<?> reply) {
        if (reply instanceof Reply.Ok<?>) {
            return Optional.empty();
        }
        if (reply instanceof Reply.Problem<?> problem) {
            return Optional.of(problem.status() == 412 ? "problem_conflict" : Section.problemKey(problem.status()));
        }
        return Optional.of("unavailable_matching");
    }

    private record RoundRequest(List<String> municipalities, Integer maxReferralsPerMentor) {
    }
}
