package dk.mentor.catalog.application;

import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.kit.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;

/** The whole catalogue of the caller's own municipalities, for the spreadsheet the coordinators keep. */
@ApplicationScoped
public class ExportMentors {

    @Inject
    MentorRepository mentors;

    @Inject
    FindMentors findMentors;

    @Inject
    Caller caller;

    @Transactional
    public <T> List<T> ownCatalogue(Function<MentorView, T> mapper) {
        if (caller.municipalities().isEmpty()) {
            return List.of();
        }
        return mentors.ownedBy(caller.municipalities()).stream().map(findMentors::view).map(mapper).toList();
    }
}
