package dk.mentor.matching.domain.ranking;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What ranking needs to know of one mentor: the catalogue's profile plus the free capacity matching
 * computes itself (capacity minus its own active mentorships), and the kind of mentor (MentorKind's name). Hours are in hundredths of an hour so
 * comparisons stay exact.
 */
public record MentorProfile(UUID mentorId, String homeMunicipality, String status, boolean vettingComplete,
                            String sharingScope, Set<String> sharedWith, Set<String> legalBases, String gender,
                            Set<String> languages, Set<String> competences, Set<String> targetGroups,
                            Set<String> roleModelTags, List<WeeklyWindow> meetingWindows, Set<String> meetingPlaces,
                            String areaMunicipality, String postcode, int capacityCitizens, int freeSeats,
                            long freeCentiHours, String kind) {

    public static final String ACTIVE = "ACTIVE";

    /** A profile whose kind of mentor is not known; eligibility rows never let such a mentor serve. */
    public MentorProfile(UUID mentorId, String homeMunicipality, String status, boolean vettingComplete,
                         String sharingScope, Set<String> sharedWith, Set<String> legalBases, String gender,
                         Set<String> languages, Set<String> competences, Set<String> targetGroups,
                         Set<String> roleModelTags, List<WeeklyWindow> meetingWindows, Set<String> meetingPlaces,
                         String areaMunicipality, String postcode, int capacityCitizens, int freeSeats,
                         long freeCentiHours) {
        this(mentorId, homeMunicipality, status, vettingComplete, sharingScope, sharedWith, legalBases, gender, languages,
                competences, targetGroups, roleModelTags, meetingWindows, meetingPlaces, areaMunicipality, postcode,
                capacityCitizens, freeSeats, freeCentiHours, null);
    }

    public MentorProfile {
        sharedWith = Set.copyOf(sharedWith);
        legalBases = Set.copyOf(legalBases);
        languages = Set.copyOf(languages);
        competences = Set.copyOf(competences);
        targetGroups = Set.copyOf(targetGroups);
        roleModelTags = Set.copyOf(roleModelTags);
        meetingWindows = List.copyOf(meetingWindows);
        meetingPlaces = Set.copyOf(meetingPlaces);
    }

    /** Whether the mentor may work for a citizen of this municipality (home, listed or national sharing). */
    public boolean serves(String municipality) {
        return homeMunicipality.equals(municipality)
                || "NATIONAL".equals(sharingScope)
                || ("LISTED_MUNICIPALITIES".equals(sharingScope) && sharedWith.contains(municipality));
    }
}
