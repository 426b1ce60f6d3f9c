package dk.mentor.contracts.codes;

/** Where mentor and citizen meet; many citizens will not meet at the job centre. */
public enum MeetingPlace {
    JOB_CENTRE,
    CITIZEN_HOME,
    WORKPLACE,
    ACTIVATION_SITE,
    PUBLIC_PLACE
}
