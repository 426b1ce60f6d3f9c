package dk.mentor.kit.reference;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every look-up by external reference shares: it searches only the caller's municipalities
 * (or the one named of them), and a reference is unique per municipality, so a caller acting for
 * several may find it more than once and must then name the municipality.
 */
public final class ExternalReferenceLookup {

    public static final String MUNICIPALITY_DOC = "Kommunekode to search in; needed only when the caller acts for"
            + " several municipalities and the reference is used in more than one of them.";

    private ExternalReferenceLookup() {
    }

    /** Where to search: the named municipality if the caller acts for it, else all of the caller's. */
    public static Set<String> municipalities(Caller caller, String municipality) {
        if (municipality == null) {
            return caller.municipalities();
        }
        return caller.actsFor(municipality) ? Set.of(municipality) : Set.of();
    }

    /**
     * What a miss is audited against: one DENIED entry per searched municipality, so each one's auditor
     * sees that someone looked for a reference there that was not found.
     */
    public static List<ResourceScope> missed(String subjectType, Set<String> searched) {
        return searched.stream().sorted().map(municipality -> new ResourceScope(subjectType, null, municipality, null)).toList();
    }

    /** The one match, none, or 409 when the reference is in use in several of the searched municipalities. */
    public static <T> Optional<T> single(List<T> matches) {
        if (matches.size() > 1) {
            throw ProblemException.conflict("The external reference is in use in several of your municipalities;"
                    + " name one with the municipality parameter");
        }
        return matches.stream().findFirst();
    }
}
