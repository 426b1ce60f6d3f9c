package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.VettingRule;
import dk.mentor.catalog.domain.WeeklyWindow;
import java.util.List;

/**
 * A mentor as this caller may see it: whether contact details are shown and what vetting is missing.
 * Built inside the transaction, so the meeting windows are read while the mentor is still attached.
 */
public record MentorView(Mentor mentor, List<WeeklyWindow> meetingWindows, boolean contactVisible,
                         List<String> missingVetting, List<VettingRule> vettingRequirements) {
}
