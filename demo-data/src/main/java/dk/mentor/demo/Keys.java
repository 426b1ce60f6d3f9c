package dk.mentor.demo;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Idempotency keys for creating calls. The demo loader derives them from a fixed prefix and a label
 * per step, so a loader run again after a crash replays what was created instead of creating it
 * twice; tests take fresh ones per call.
 */
public final class Keys {

    private final UnaryOperator<String> forLabel;

    private Keys(UnaryOperator<String> forLabel) {
        this.forLabel = forLabel;
    }

    /** The header allows visible ASCII only, so names with spaces or Danish letters are folded. */
    public static Keys derived(String prefix) {
        return new Keys(label -> (prefix + ":" + label).replaceAll("[^A-Za-z0-9:._-]", "_"));
    }

    public static Keys fresh() {
        return new Keys(label -> UUID.randomUUID().toString());
    }

    public String of(String label) {
        return forLabel.apply(label);
    }
}
