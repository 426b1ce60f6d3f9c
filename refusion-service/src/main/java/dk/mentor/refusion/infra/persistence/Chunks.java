package dk.mentor.refusion.infra.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Ids in slices for an {@code in} list: a report's thousands of plans must not become one statement of thousands of parameters. */
final class Chunks {

    private static final int SIZE = 1_000;

    private Chunks() {
    }

    static List<List<UUID>> of(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(i + SIZE, all.size())));
        }
        return chunks;
    }
}
