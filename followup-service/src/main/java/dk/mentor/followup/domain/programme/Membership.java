package dk.mentor.followup.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A municipality's membership of a programme, from the day it joined until the day it left (if it did). */
@Embeddable
public class Membership {

    @Column(nullable = false)
    private String municipality;
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Membership() {
    }

    Membership(String municipality, LocalDate joinedOn) {
        this.municipality = municipality;
        this.joinedOn = joinedOn;
    }

    void leave(LocalDate on) {
        this.leftOn = on;
    }

    /** Whether the municipality was a member on any day from {@code from} to {@code to}. */
    public boolean during(LocalDate from, LocalDate to) {
        return !joinedOn.isAfter(to) && (leftOn == null || !leftOn.isBefore(from));
    }

    public String municipality() { return municipality; }
    public LocalDate joinedOn() { return joinedOn; }
    public LocalDate leftOn() { return leftOn; }
}
