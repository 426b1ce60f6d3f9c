package dk.mentor.dashboard.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The citizen's wishes about the mentor, each binding (a filter: a mentor who does not meet it is
 * never proposed) or preferred (scored under the criterion of the same name). One record holds the
 * five shapes matching-service sends; each wish fills only its own fields.
 */
public record Wishes(Wish mentorGender, Wish background, Wish meetingPlace, Wish meetingWindow, Wish previousMentor) {

    public record Wish(boolean binding, List<String> genders, String relation, List<String> tags, List<String> places,
                       List<String> windows, UUID mentorId) {
    }

    /**
     * A wish as the page lists it: {@code criterion} is the name of the ranking criterion a preferred
     * wish scores under (MENTOR_GENDER, BACKGROUND, …), so the shortlist can mark it.
     */
    public record Named(String criterion, boolean binding, List<String> values, String relation) {
    }

    public List<Named> named() {
        List<Named> named = new ArrayList<>();
        add(named, "MENTOR_GENDER", mentorGender, mentorGender == null ? null : mentorGender.genders());
        add(named, "BACKGROUND", background, background == null ? null : background.tags());
        add(named, "MEETING_PLACE", meetingPlace, meetingPlace == null ? null : meetingPlace.places());
        add(named, "MEETING_WINDOW", meetingWindow, meetingWindow == null ? null : meetingWindow.windows());
        add(named, "PREVIOUS_MENTOR", previousMentor, previousMentor == null || previousMentor.mentorId() == null ? null
                : List.of(previousMentor.mentorId().toString()));
        return List.copyOf(named);
    }

    /** Whether the wish scored under {@code criterion} is binding (then it filtered, and every proposed mentor meets it). */
    public boolean binding(String criterion) {
        return named().stream().anyMatch(w -> w.criterion().equals(criterion) && w.binding());
    }

    private static void add(List<Named> named, String criterion, Wish wish, List<String> values) {
        if (wish != null) {
            named.add(new Named(criterion, wish.binding(), values == null ? List.of() : values, wish.relation()));
        }
    }
}
