package dk.mentor.kit.problem;

import java.util.UUID;

/**
 * A create named an external reference that a resource of the same municipality already carries:
 * answered 409 external-reference-taken with that resource's id and a Location header to it.
 */
public class ExternalReferenceTaken extends RuntimeException {

    private final UUID existingId;
    private final String existingPath;

    /** {@code existingPath} is the resource's path below the API root, e.g. {@code /api/v1/plans/<id>}. */
    public ExternalReferenceTaken(String what, UUID existingId, String existingPath) {
        super("A " + what + " with this external reference already exists in the municipality: " + existingId, null, false, false);
        this.existingId = existingId;
        this.existingPath = existingPath;
    }

    public UUID existingId() {
        return existingId;
    }

    public String existingPath() {
        return existingPath;
    }
}
