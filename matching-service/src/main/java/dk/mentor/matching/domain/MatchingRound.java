package dk.mentor.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A coordinator's round over the open referrals of some municipalities; it only proposes. */
@Entity
@Table(name = "matching_round")
public class MatchingRound {

    @Id
    private UUID id;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> municipalities;
    @Column(name = "load_cap", nullable = false)
    private int loadCap;
    @Column(nullable = false)
    private int referrals;
    @Column(nullable = false)
    private int mentors;
    @Column(name = "feasible_pairs", nullable = false)
    private int feasiblePairs;
    @Column(nullable = false)
    private int pinned;
    @Column(nullable = false)
    private int proposed;
    @Column(name = "total_score_milli", nullable = false)
    private long totalScoreMilli;
    @Column(name = "solve_millis", nullable = false)
    private long solveMillis;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected MatchingRound() {
    }

    public static MatchingRound record(UUID id, List<String> municipalities, int loadCap, int referrals, int mentors,
                                       int feasiblePairs, int pinned, int proposed, long totalScoreMilli,
                                       long solveMillis, String startedBy, Instant startedAt) {
        MatchingRound r = new MatchingRound();
        r.id = id;
        r.municipalities = List.copyOf(municipalities);
        r.loadCap = loadCap;
        r.referrals = referrals;
        r.mentors = mentors;
        r.feasiblePairs = feasiblePairs;
        r.pinned = pinned;
        r.proposed = proposed;
        r.totalScoreMilli = totalScoreMilli;
        r.solveMillis = solveMillis;
        r.startedBy = startedBy;
        r.startedAt = startedAt;
        return r;
    }

    public UUID id() { return id; }
    public List<String> municipalities() { return municipalities; }
    public int loadCap() { return loadCap; }
    public int referrals() { return referrals; }
    public int mentors() { return mentors; }
    public int feasiblePairs() { return feasiblePairs; }
    public int pinned() { return pinned; }
    public int proposed() { return proposed; }
    public long totalScoreMilli() { return totalScoreMilli; }
    public long solveMillis() { return solveMillis; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
}
