package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How many hours a week a coordinator should set aside per so many mentors, as an effective-dated row:
 * the guide's 3-4 hours a week per 20 mentors, teaching excluded (000 p.22). The expected hours scale
 * with the mentors assigned.
 */
@Entity
@Table(name = "coordinator_norm")
public class CoordinatorNorm {

    /** A week's coordination hours against the norm. */
    public enum Verdict { UNDER, WITHIN, OVER }

    /** What an administrator states when adding a row. */
    public record Terms(int mentorsPerUnit, BigDecimal minHoursAWeek, BigDecimal maxHoursAWeek, boolean excludesTeaching,
                        LocalDate validFrom, LocalDate validTo, String source) {
    }

    @Id
    private UUID id;
    @Column(name = "mentors_per_unit", nullable = false)
    private int mentorsPerUnit;
    @Column(name = "min_hours_a_week", nullable = false)
    private BigDecimal minHoursAWeek;
    @Column(name = "max_hours_a_week", nullable = false)
    private BigDecimal maxHoursAWeek;
    @Column(name = "excludes_teaching", nullable = false)
    private boolean excludesTeaching;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(nullable = false)
    private String source;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CoordinatorNorm() {
    }

    public static CoordinatorNorm add(Terms t, String by, Instant now) {
        CoordinatorNorm n = new CoordinatorNorm();
        n.id = NewIds.next();
        n.mentorsPerUnit = t.mentorsPerUnit();
        n.minHoursAWeek = t.minHoursAWeek();
        n.maxHoursAWeek = t.maxHoursAWeek();
        n.excludesTeaching = t.excludesTeaching();
        n.validFrom = t.validFrom();
        n.validTo = t.validTo();
        n.source = t.source();
        n.createdBy = by;
        n.createdAt = now;
        return n;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The fewest hours a week expected for this many mentors, to the hundredth of an hour. */
    public BigDecimal expectedMin(int mentors) {
        return scaled(minHoursAWeek, mentors);
    }

    public BigDecimal expectedMax(int mentors) {
        return scaled(maxHoursAWeek, mentors);
    }

    /** Judges the hours of a week: teaching counts only when the norm includes it. */
    public Verdict judge(int mentors, BigDecimal coordination, BigDecimal teaching) {
        BigDecimal counted = excludesTeaching ? coordination : coordination.add(teaching);
        if (counted.compareTo(expectedMin(mentors)) < 0) {
            return Verdict.UNDER;
        }
        return counted.compareTo(expectedMax(mentors)) > 0 ? Verdict.OVER : Verdict.WITHIN;
    }

    private BigDecimal scaled(BigDecimal hours, int mentors) {
        return hours.multiply(BigDecimal.valueOf(mentors)).divide(BigDecimal.valueOf(mentorsPerUnit), 2, RoundingMode.HALF_UP);
    }

    public UUID id() { return id; }
    public int mentorsPerUnit() { return mentorsPerUnit; }
    public BigDecimal minHoursAWeek() { return minHoursAWeek; }
    public BigDecimal maxHoursAWeek() { return maxHoursAWeek; }
    public boolean excludesTeaching() { return excludesTeaching; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String source() { return source; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
