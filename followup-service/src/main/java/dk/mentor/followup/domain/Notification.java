package dk.mentor.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who was told about an incident, at which level of the crisis ladder, and when. */
@Embeddable
public class Notification {

    @Column(nullable = false)
    private int level;

    @Column(nullable = false)
    private String told;

    @Column(name = "told_at", nullable = false)
    private Instant toldAt;

    protected Notification() {
    }

    public Notification(int level, String told, Instant toldAt) {
        this.level = level;
        this.told = told;
        this.toldAt = toldAt;
    }

    public int level() { return level; }
    public String told() { return told; }
    public Instant toldAt() { return toldAt; }
}
