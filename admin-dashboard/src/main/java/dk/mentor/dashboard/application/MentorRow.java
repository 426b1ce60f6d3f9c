package dk.mentor.dashboard.application;

import java.util.List;
import java.util.UUID;

/** A mentor in the catalogue's list, as much as the list shows. */
public record MentorRow(UUID id, String displayName, String kind, String status, String homeMunicipality,
                        List<String> languages, List<String> targetGroups, Integer freeCitizens, Boolean freeCapacity) {
}
