package dk.mentor.kit.access;

import java.util.Set;

/**
 * What an access check needs to know about a resource: what it is, which municipality owns it and
 * which municipalities it is shared with.
 */
public record ResourceScope(String subjectType, String subjectId, String owner, Set<String> sharedWith) {

    public ResourceScope {
        sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
    }

    public static ResourceScope ownedBy(String subjectType, Object subjectId, String owner) {
        return new ResourceScope(subjectType, String.valueOf(subjectId), owner, Set.of());
    }

    public ResourceScope sharedWith(Set<String> municipalities) {
        return new ResourceScope(subjectType, subjectId, owner, municipalities);
    }
}
