package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** What the coordinator's catalogue pages read: the catalogue's list and a mentor from catalogue and matching. */
@ApplicationScoped
public class CatalogueQueries {

    private final ServiceClient services;

    public CatalogueQueries(ServiceClient services) {
        this.services = services;
    }

    public Section<Page<MentorRow>> search(MentorFilter filter, String accessToken) {
        Reply<Page<MentorRow>> reply = services.get(Backend.CATALOG, "/api/v1/mentors?" + filter.toQuery(), accessToken,
                new TypeReference<Page<MentorRow>>() { }).join();
        return Section.from(Backend.CATALOG, reply);
    }

    /** Profile, training and matching's capacity, asked for at once: the page waits for the slowest, not the sum. */
    public MentorView mentor(UUID id, String accessToken) {
        CompletableFuture<Reply<MentorProfile>> profile = services.get(Backend.CATALOG, "/api/v1/mentors/" + id, accessToken,
                new TypeReference<MentorProfile>() { });
        CompletableFuture<Reply<Training>> training = services.get(Backend.CATALOG, "/api/v1/mentors/" + id + "/training",
                accessToken, new TypeReference<Training>() { });
        CompletableFuture<Reply<MatchingCapacity>> capacity = services.get(Backend.MATCHING, "/api/v1/mentor-candidates/" + id,
                accessToken, new TypeReference<MatchingCapacity>() { });
        return new MentorView(Section.from(Backend.CATALOG, profile.join()), Section.from(Backend.CATALOG, training.join()),
                Section.from(Backend.MATCHING, capacity.join()));
    }
}
