package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.WeeklyWindow;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingWindow", description = "A weekly window in which the mentor can meet, local Danish time.")
public record MeetingWindowDto(
        @Schema(description = "Day of the week.", example = "TUESDAY") @NotNull DayOfWeek day,
        @Schema(description = "Start, HH:mm.", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "08:00") @NotNull LocalTime from,
        @Schema(description = "End, HH:mm, after the start.", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "16:00") @NotNull LocalTime to) {

    WeeklyWindow toWindow() {
        return WeeklyWindow.of(day, from, to);
    }

    static MeetingWindowDto of(WeeklyWindow w) {
        return new MeetingWindowDto(w.day(), w.from(), w.to());
    }
}
