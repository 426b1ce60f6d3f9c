package dk.mentor.catalog.domain;

import dk.mentor.contracts.codes.MentorStatus;
import java.util.EnumSet;
import java.util.Set;

/** The moves a mentor's status may make; RETIRED is final (a returning mentor is registered anew). */
final class MentorLifecycle {

    private MentorLifecycle() {
    }

    static Set<MentorStatus> next(MentorStatus from) {
        return switch (from) {
            case APPLICANT -> EnumSet.of(MentorStatus.APPROVED, MentorStatus.RETIRED);
            case APPROVED -> EnumSet.of(MentorStatus.ACTIVE, MentorStatus.PAUSED, MentorStatus.RETIRED);
            case ACTIVE -> EnumSet.of(MentorStatus.PAUSED, MentorStatus.RETIRED);
            case PAUSED -> EnumSet.of(MentorStatus.ACTIVE, MentorStatus.RETIRED);
            case RETIRED -> EnumSet.noneOf(MentorStatus.class);
        };
    }

    static boolean allows(MentorStatus from, MentorStatus to) {
        return next(from).contains(to);
    }
}
