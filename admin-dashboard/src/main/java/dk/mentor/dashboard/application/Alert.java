package dk.mentor.dashboard.application;

import java.time.LocalDate;
import java.util.UUID;

/** Something due or overdue on a plan, as followup-service's {@code GET /alerts} lists it (by due day). */
public record Alert(UUID planId, String kind, LocalDate dueOn, String detail, String municipality) {

    /** Due before today: overdue, shown as such. */
    public boolean overdueOn(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today);
    }
}
