package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Download;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** What the finance officer's pages read from refusion-service: claims, their lines and files, and ceilings. */
@ApplicationScoped
public class FinanceQueries {

    /** The largest page refusion-service serves; a claim with more lines shows the first ones and the CSV has all. */
    private static final int MAX_PAGE = 200;

    private static final String CLAIMS = "/api/v1/refusion-claims";

    private final ServiceClient services;

    public FinanceQueries(ServiceClient services) {
        this.services = services;
    }

    /** The claims of the user's municipalities, newest first, optionally of one status. */
    public Section<Page<ClaimRow>> claims(int page, Optional<ClaimStatus> status, String accessToken) {
        String query = "?page=" + Math.max(page, 0) + "&size=50" + status.map(s -> "&status=" + s.name()).orElse("");
        return Section.from(Backend.REFUSION, services.get(Backend.REFUSION, CLAIMS + query, accessToken,
                new TypeReference<Page<ClaimRow>>() { }).join());
    }

    public ClaimView claim(UUID id, String accessToken) {
        CompletableFuture<Reply<ClaimRow>> claim = services.get(Backend.REFUSION, CLAIMS + "/" + id, accessToken,
                new TypeReference<ClaimRow>() { });
        CompletableFuture<Reply<Page<ClaimLine>>> lines = services.get(Backend.REFUSION, CLAIMS + "/" + id + "/lines?size=" + MAX_PAGE,
                accessToken, new TypeReference<Page<ClaimLine>>() { });
        return new ClaimView(Section.from(Backend.REFUSION, claim.join()),
                Section.from(Backend.REFUSION, lines.join(), Page::items), null);
    }

    /** The claim's CSV ({@code "csv"}) or printable document ({@code "document"}), fetched with the user's token. */
    public Section<ClaimFile> file(UUID id, String which, String accessToken) {
        Reply<Download> reply = services.download(Backend.REFUSION, CLAIMS + "/" + id + "/" + which, accessToken).join();
        return Section.from(Backend.REFUSION, reply, d -> new ClaimFile(d.body(), d.contentType(), d.contentDisposition()));
    }

    /**
     * Moves the claim read at {@code version} to {@code target}. Returns empty when the service
     * agreed, else the message key of why not, worded for the finance officer. The service checks
     * every rule, the reason a rejection needs included; the dashboard checks none of its own.
     */
    public Optional<String> move(UUID id, long version, ClaimStatus target, String reason, String accessToken) {
        boolean noReason = reason == null || reason.isBlank();
        Reply<?> reply = services.put(Backend.REFUSION, CLAIMS + "/" + id + "/status", accessToken, version,
                new Move(target.name(), reason == null || reason.isBlank() ? null : reason.strip())).join();
        if (reply instanceof Reply.Ok<?>) {
            return Optional.empty();
        }
        if (reply instanceof Reply.Problem<?> problem) {
            // refusion-service decides; its 422 for a rejection without the state's reason is told as such
            return Optional.of(problem.status() == 422 && target.needsReason() && noReason ? "claim_error_reason"
                    : ClaimMoveErrors.key(problem.status()));
        }
        return Optional.of("unavailable_refusion");
    }

    /** The municipality's ceilings for the year, each with its forecast. */
    public Section<List<Ceiling>> ceilings(String municipality, int year, String accessToken) {
        return Section.from(Backend.REFUSION, services.get(Backend.REFUSION, "/api/v1/ceilings?municipality=" + municipality
                + "&year=" + year, accessToken, new TypeReference<List<Ceiling>>() { }).join());
    }

    private record Move(String status, String reason) {
    }
}
