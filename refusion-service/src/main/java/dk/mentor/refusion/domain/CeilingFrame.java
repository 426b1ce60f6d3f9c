package dk.mentor.refusion.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * One pot a ceiling limits: a regime's ceiling of one kind. Regimes that share a kind (the
 * integration act's and LAB's rådighedsbeløb in 2016–2018, or a trial regime) are separate pots,
 * each with its own amount, so spending under one never uses up another's refund.
 */
public record CeilingFrame(String regime, CeilingKind kind) implements Comparable<CeilingFrame> {

    private static final Comparator<CeilingFrame> ORDER =
            Comparator.comparing(CeilingFrame::regime).thenComparing(CeilingFrame::kind);

    public CeilingFrame {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(kind, "kind");
    }

    /** The pot a line counts against (of kind NONE when the line is under no ceiling). */
    public static CeilingFrame of(ExpenseLine line) {
        return new CeilingFrame(line.regime(), line.ceilingKind());
    }

    public boolean limits() {
        return kind.limits();
    }

    @Override
    public int compareTo(CeilingFrame other) {
        return ORDER.compare(this, other);
    }
}
