package dk.mentor.matching.domain;

/** The change does not fit the state the resource is in now, e.g. an answer before the meeting (answered 409). */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message, null, false, false);
    }
}
