package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Reads mentors, only within the municipalities the caller acts for. */
@ApplicationScoped
public class FindMentors {

    @Inject
    MentorRepository mentors;

    @Inject
    MunicipalityAccess access;

    @Inject
    Caller caller;

    @Transactional
    public Mentor byId(UUID id) {
        Mentor mentor = mentors.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("mentor", id));
        access.require(ResourceScope.ownedBy("mentor", id, mentor.homeMunicipality()), "read", "mentor catalogue");
        return mentor;
    }

    @Transactional
    public <T> Page<T> inMyMunicipalities(PageRequest page, Function<Mentor, T> mapper) {
        Set<String> municipalities = caller.municipalities();
        if (municipalities.isEmpty()) {
            return Page.of(List.<Mentor>of(), page, 0, mapper);
        }
        return Page.of(mentors.ofMunicipalities(municipalities, page), page,
                mentors.countOfMunicipalities(municipalities), mapper);
    }
}
