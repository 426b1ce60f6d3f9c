package dk.mentor.matching.domain;

import dk.mentor.matching.domain.ranking.Criterion;
import dk.mentor.matching.domain.ranking.Weights;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a municipality's weights; a change adds a version, so old proposals stay explained. */
@Entity
@Table(name = "scoring_weights")
@IdClass(ScoringWeights.Key.class)
public class ScoringWeights {

    public static final String DEFAULT_SCOPE = "default";

    @Id
    private String scope;
    @Id
    private int version;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<Criterion, Integer> points;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScoringWeights() {
    }

    public static ScoringWeights next(String scope, int version, Map<Criterion, Integer> points, String by, Instant now) {
        ScoringWeights w = new ScoringWeights();
        w.scope = scope;
        w.version = version;
        w.points = new Weights(scope, version, points).points();
        w.createdBy = by;
        w.createdAt = now;
        return w;
    }

    public Weights weights() {
        return new Weights(scope, version, points);
    }

    public String scope() { return scope; }
    public int version() { return version; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }

    /** The composite key. */
    public static class Key implements Serializable {
        String scope;
        int version;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.scope, scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, version);
        }
    }
}
