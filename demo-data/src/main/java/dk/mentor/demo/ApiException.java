package dk.mentor.demo;

/** A call answered with another status than expected; carries the problem document the service sent. */
public final class ApiException extends RuntimeException {

    private final int status;

    ApiException(String call, int status, String body) {
        super(call + " answered " + status + ": " + body);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
