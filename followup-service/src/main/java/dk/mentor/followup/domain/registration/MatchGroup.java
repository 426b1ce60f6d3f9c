package dk.mentor.followup.domain.registration;

/** The match group at start (seed 003 pp.1, 4: matchgruppe 2-3 are the target group). */
public enum MatchGroup implements Coded {
    JOB_READY,
    EFFORT_READY,
    TEMPORARILY_PASSIVE
}
