package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorCriteria;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads mentors, only those the caller may see.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindMentors {

    @Inject
    MentorRepository mentors;

    @Inject
    MentorAccess access;

    @Inject
    VettingPolicy vetting;

    /** The catalogue is national and grows: a search is counted only this far (the kit's paging setting). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    public MentorView byId(UUID id) {
        return view(access.toRead(id));
    }

    public <T> Page<T> search(MentorCriteria criteria, PageRequest page, Function<MentorView, T> mapper) {
        MentorRepository.MentorPage found = mentors.search(criteria, access.viewer(), page, countCap);
        return Page.of(found.mentors(), page, found.total(), m -> mapper.apply(view(m)));
    }

    public MentorView view(Mentor mentor) {
        return new MentorView(mentor, mentor.meetingWindows(), access.seesContact(mentor), vetting.missing(mentor),
                vetting.rulesFor(mentor));
    }
}
