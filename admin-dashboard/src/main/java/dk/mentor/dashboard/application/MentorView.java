package dk.mentor.dashboard.application;

/** A mentor's page: three calls to two services, each its own section. */
public record MentorView(Section<MentorProfile> profile, Section<Training> training, Section<MatchingCapacity> capacity) {

    /** The catalogue does not know the mentor (or not for this user): the page is "not found", not three errors. */
    public boolean notFound() {
        return profile.notFound();
    }
}
