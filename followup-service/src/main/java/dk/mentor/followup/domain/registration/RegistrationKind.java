package dk.mentor.followup.domain.registration;

/** When a registration is made (seed 003 p.4): when the citizen starts, every 3 months while in the course, at closure. */
public enum RegistrationKind implements Coded {
    START,
    QUARTERLY,
    CLOSURE
}
