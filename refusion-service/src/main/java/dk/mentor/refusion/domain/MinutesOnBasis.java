package dk.mentor.refusion.domain;

import java.util.ArrayList;
import java.util.List;

/** Minutes of a meeting spent under one legal basis. */
public record MinutesOnBasis(String legalBasis, int minutes) {

    /** Stored as "LAB_167:60,SEL_85:30": the meeting row keeps only its latest version's split. */
    public static String encode(List<MinutesOnBasis> minutes) {
        return String.join(",", minutes.stream().map(m -> m.legalBasis() + ":" + m.minutes()).toList());
    }

    public static List<MinutesOnBasis> decode(String text) {
        List<MinutesOnBasis> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String part : text.split(",")) {
            int colon = part.lastIndexOf(':');
            result.add(new MinutesOnBasis(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1))));
        }
        return result;
    }
}
