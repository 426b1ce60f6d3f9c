package dk.mentor.matching.api;

import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.matching.domain.ranking.Wish;
import dk.mentor.matching.domain.ranking.WishKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Wishes", description = "The citizen's wishes about the mentor; each is binding (never broken) or preferred (scored).")
public record WishesRequest(
        @Schema(description = "Wished gender of the mentor.") @Valid GenderWish mentorGender,
        @Schema(description = "A mentor with the same or a different background (seed 000 p.20).") @Valid BackgroundWish background,
        @Schema(description = "Where the citizen wants to meet.") @Valid PlaceWish meetingPlace,
        @Schema(description = "When the citizen can meet.") @Valid WindowWish meetingWindow,
        @Schema(description = "Continue with a previous mentor.") @Valid PreviousMentorWish previousMentor) {

    public enum Gender { FEMALE, MALE, OTHER }

    public enum Relation { SAME, DIFFERENT }

    @Schema(name = "GenderWish", description = "Wished gender of the mentor.")
    public record GenderWish(
            @Schema(description = "Genders that fit.", example = "[\"FEMALE\"]") @NotEmpty List<@NotNull Gender> genders,
            @Schema(description = "True: never broken; false: preferred and scored.", example = "true") boolean binding) {
    }

    @Schema(name = "BackgroundWish", description = "Same or different background, matched against the mentor's role-model tags.")
    public record BackgroundWish(
            @Schema(description = "SAME: the mentor has one of the tags; DIFFERENT: none of them.", example = "SAME") @NotNull Relation relation,
            @Schema(description = "Background tags.", example = "[\"immigrant-woman-in-work\"]") @NotEmpty List<@NotNull @Size(max = 60) String> tags,
            @Schema(description = "True: never broken; false: preferred and scored.", example = "false") boolean binding) {
    }

    @Schema(name = "PlaceWish", description = "Where the citizen wants to meet; any one offered by the mentor fits.")
    public record PlaceWish(
            @Schema(description = "Meeting places.", example = "[\"CITIZEN_HOME\"]") @NotEmpty List<@NotNull MeetingPlace> places,
            @Schema(description = "True: never broken; false: preferred and scored.", example = "false") boolean binding) {
    }

    @Schema(name = "WindowWish", description = "When the citizen can meet; any overlap with the mentor's windows fits.")
    public record WindowWish(
            @Schema(description = "Weekly windows, 'DAY HH:MM-HH:MM'.", example = "[\"TUESDAY 08:00-16:00\"]")
            @NotEmpty List<@NotNull @Pattern(regexp = "(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY) [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]",
                    // a flag, not an inline (?i): the documented pattern must read the same in ECMA-262
                    flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be like 'TUESDAY 08:00-16:00'") String> windows,
            @Schema(description = "True: never broken; false: preferred and scored.", example = "true") boolean binding) {
    }

    @Schema(name = "PreviousMentorWish", description = "Continue with a previous mentor, for continuity.")
    public record PreviousMentorWish(
            @Schema(description = "The previous mentor's id.", example = "3f0c5b1e-8a41-4f7e-9a52-6f3c1d2b7e90") @NotNull UUID mentorId,
            @Schema(description = "True: never broken; false: preferred and scored.", example = "false") boolean binding) {
    }

    List<Wish> toDomain() {
        List<Wish> wishes = new ArrayList<>();
        if (mentorGender != null) {
            wishes.add(new Wish(WishKind.MENTOR_GENDER, mentorGender.binding(), mentorGender.genders().stream().map(Enum::name).toList()));
        }
        if (background != null) {
            wishes.add(new Wish(background.relation() == Relation.SAME ? WishKind.SAME_BACKGROUND : WishKind.DIFFERENT_BACKGROUND,
                    background.binding(), background.tags()));
        }
        if (meetingPlace != null) {
            wishes.add(new Wish(WishKind.MEETING_PLACE, meetingPlace.binding(), meetingPlace.places().stream().map(Enum::name).toList()));
        }
        if (meetingWindow != null) {
            wishes.add(new Wish(WishKind.MEETING_WINDOW, meetingWindow.binding(), meetingWindow.windows()));
        }
        if (previousMentor != null) {
            wishes.add(new Wish(WishKind.PREVIOUS_MENTOR, previousMentor.binding(), List.of(previousMentor.mentorId().toString())));
        }
        return wishes;
    }

    static WishesRequest from(List<Wish> wishes) {
        GenderWish gender = null;
        BackgroundWish background = null;
        PlaceWish place = null;
        WindowWish window = null;
        PreviousMentorWish previous = null;
        for (Wish w : wishes) {
            switch (w.kind()) {
                case MENTOR_GENDER -> gender = new GenderWish(w.values().stream().map(Gender::valueOf).toList(), w.binding());
                case SAME_BACKGROUND -> background = new BackgroundWish(Relation.SAME, w.values(), w.binding());
                case DIFFERENT_BACKGROUND -> background = new BackgroundWish(Relation.DIFFERENT, w.values(), w.binding());
                case MEETING_PLACE -> place = new PlaceWish(w.values().stream().map(MeetingPlace::valueOf).toList(), w.binding());
                case MEETING_WINDOW -> window = new WindowWish(w.values(), w.binding());
                case PREVIOUS_MENTOR -> previous = new PreviousMentorWish(UUID.fromString(w.values().get(0)), w.binding());
            }
        }
        return new WishesRequest(gender, background, place, window, previous);
    }
}
